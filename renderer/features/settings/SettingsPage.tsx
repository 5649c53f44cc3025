import { useTranslation } from 'react-i18next';
import { DEFAULT_PREFS, type Language, type Prefs } from '../../../shared/domain/prefs.ts';
import { useAppInfo, usePrefs, useSetPrefs } from '../../api/prefs.ts';
import { PageHeader } from '../../ui/Page.tsx';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import styles from './SettingsPage.module.css';

type LanguageChoice = Language | 'system';

export function SettingsPage() {
  const { t } = useTranslation();
  const prefs = usePrefs().data ?? DEFAULT_PREFS;
  const setPrefs = useSetPrefs();
  const info = useAppInfo().data;

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <section className={styles.card}>
        <ChoiceGroup<LanguageChoice>
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
        <ChoiceGroup<Prefs['theme']>
          legend={t('settings.theme.legend')}
          value={prefs.theme}
          options={[
            { value: 'system', label: t('settings.theme.system') },
            { value: 'light', label: t('settings.theme.light') },
            { value: 'dark', label: t('settings.theme.dark') },
          ]}
          onChange={(theme) => setPrefs.mutate({ theme })}
        />
      </section>
      <section className={styles.card} aria-labelledby="settings-data">
        <h2 id="settings-data">{t('settings.data.title')}</h2>
        <p className={styles.intro}>{t('settings.data.intro')}</p>
        {info && (
          <dl className={styles.info}>
            <dt>{t('settings.data.dataDir')}</dt>
            <dd className={styles.path}>{info.dataDir}</dd>
            <dt>{t('settings.data.dbPath')}</dt>
            <dd className={styles.path}>{info.dbPath}</dd>
            <dt>{t('settings.data.lastBackup')}</dt>
            <dd className={info.lastBackup ? styles.path : undefined}>
              {info.lastBackup ?? t('settings.data.noBackup')}
            </dd>
            <dt>{t('settings.data.version')}</dt>
            <dd>{info.version}</dd>
          </dl>
        )}
      </section>
    </>
  );
}
