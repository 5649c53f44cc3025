import { DEFAULT_PREFS, type Language } from '../../../shared/domain/prefs-defaults.ts';
import { usePrefs, useSetPrefs } from '../../api/prefs.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { ChoiceGroup } from '../../ui/ChoiceGroup.tsx';

type LanguageChoiceValue = Language | 'system';

/** The language radios, in the settings and on the screen shown when the data could not be opened. */
export function LanguageChoice() {
  const { t } = useTranslation();
  const prefs = usePrefs().data ?? DEFAULT_PREFS;
  const setPrefs = useSetPrefs();
  return (
    <ChoiceGroup<LanguageChoiceValue>
      legend={t('settings.language.legend')}
      value={prefs.language ?? 'system'}
      options={[
        { value: 'system', label: t('settings.language.system') },
        // Each language is named in itself, so it can be found whatever is showing now.
        { value: 'fr', label: t('settings.language.fr'), lang: 'fr' },
        { value: 'en', label: t('settings.language.en'), lang: 'en' },
      ]}
      onChange={(v) => setPrefs.mutate({ language: v === 'system' ? null : v })}
    />
  );
}
