import type { Prefs } from '../../../shared/domain/prefs.ts';
import { DEFAULT_PREFS } from '../../../shared/domain/prefs-defaults.ts';
import { useAppInfo, usePrefs, useSetPrefs } from '../../api/prefs.ts';
import { LanguageChoice } from '../../common/widgets/LanguageChoice.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { ChoiceGroup } from '../../ui/ChoiceGroup.tsx';
import facts from '../../ui/facts.module.css';
import { PageHeader } from '../../ui/Page.tsx';
import { BackupsSection } from './BackupsSection.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import styles from './SettingsPage.module.css';
import { WorkspaceFileSection } from './WorkspaceFileSection.tsx';

export function SettingsPage() {
  const { t } = useTranslation();
  const prefs = usePrefs().data ?? DEFAULT_PREFS;
  const setPrefs = useSetPrefs();
  const info = useAppInfo().data;

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <ProfileSection />
      <section className={styles.card}>
        <LanguageChoice />
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
          <dl className={`${facts.facts} ${styles.info}`}>
            <dt>{t('settings.data.dataDir')}</dt>
            <dd className={facts.path}>{info.dataDir}</dd>
            <dt>{t('settings.data.dbPath')}</dt>
            <dd className={facts.path}>{info.dbPath}</dd>
            <dt>{t('settings.data.lastBackup')}</dt>
            <dd className={info.lastBackup ? facts.path : undefined}>
              {info.lastBackup ?? t('settings.data.noBackup')}
            </dd>
            <dt>{t('settings.data.version')}</dt>
            <dd>{info.version}</dd>
          </dl>
        )}
      </section>
      <BackupsSection />
      <WorkspaceFileSection />
    </>
  );
}
