import { useMemo } from 'react';
import { useTranslation } from '../i18n/context.tsx';
import { useLanguage } from '../i18n/use-language.ts';
import { dateCodec } from './date-time-text.ts';
import { TypedInput, type TypedInputProps } from './TypedInput.tsx';

/** A date typed and shown in the app's language (jj/mm/aaaa in French), stored as `YYYY-MM-DD`. */
export function DateInput(props: TypedInputProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const codec = useMemo(() => dateCodec(language), [language]);
  return (
    <TypedInput
      size={11}
      {...props}
      codec={codec}
      help={t('typedField.dateHelp', { pattern: codec.pattern })}
      badMessage={t('typedField.badDate', { pattern: codec.pattern, example: codec.show('2026-05-12') })}
    />
  );
}
