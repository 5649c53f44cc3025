import { useId } from 'react';
import type { Profile } from '../../../shared/domain/profile.ts';
import { useProfile } from '../../common/data/profile-queries.ts';
import { explainFailure } from '../../common/format/explain-failure.ts';
import type { SaveState } from '../../common/hooks/autosave.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import inputs from '../../ui/inputs.module.css';
import { LogoField } from './LogoField.tsx';
import styles from './ProfileSection.module.css';
import page from './SettingsPage.module.css';
import { useProfileName } from './use-profile-name.ts';

function NameField({ saved }: { saved: string }) {
  const { t } = useTranslation();
  const id = useId();
  const name = useProfileName(saved);
  const error = name.state === 'failed' ? explainFailure(t, name.failure) : undefined;
  return (
    <div className={styles.name}>
      <Field id={id} label={t('settings.you.name')} hint={t('settings.you.nameHint')} error={error}>
        <input
          {...controlProps(id, t('settings.you.nameHint'), error)}
          className={inputs.input}
          maxLength={80}
          autoComplete="name"
          value={name.value}
          onChange={(e) => name.change(e.target.value)}
          onBlur={() => void name.flush()}
        />
      </Field>
      <SaveStatus state={name.state} />
    </div>
  );
}

/** Quiet: says the name is kept, never interrupts. */
function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const text =
    state === 'pending' || state === 'saving'
      ? t('settings.you.saving')
      : state === 'saved'
        ? t('settings.you.saved')
        : '';
  return (
    <span className={styles.status} role="status">
      {text}
    </span>
  );
}

function ProfileFields({ profile }: { profile: Profile }) {
  return (
    <div className={styles.fields}>
      <NameField saved={profile.name} />
      <LogoField logo={profile.logo} />
    </div>
  );
}

/** Who the reports come from: the freelancer's name and logo, on every report's cover. */
export function ProfileSection() {
  const { t } = useTranslation();
  const profile = useProfile().data;
  return (
    <section className={page.card} aria-labelledby="settings-you">
      <h2 id="settings-you">{t('settings.you.title')}</h2>
      <p className={page.intro}>{t('settings.you.intro')}</p>
      {profile && <ProfileFields profile={profile} />}
    </section>
  );
}
