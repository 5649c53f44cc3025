import { useTranslation } from '../i18n/context.tsx';
import { timeCodec } from './date-time-text.ts';
import { TypedInput, type TypedInputProps } from './TypedInput.tsx';

/** A time on the 24-hour clock in both languages, as the app shows times, stored as `HH:MM`. */
export function TimeInput(props: TypedInputProps) {
  const { t } = useTranslation();
  return (
    <TypedInput
      size={6}
      {...props}
      codec={timeCodec}
      help={t('typedField.timeHelp')}
      badMessage={t('typedField.badTime')}
    />
  );
}
