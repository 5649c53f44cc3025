import { useDialogs } from '../../common/hooks/dialogs.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import styles from './Welcome.module.css';

/** What a brand-new user sees: what Calepin is for, and the one thing to do first. */
export function Welcome() {
  const { t } = useTranslation();
  const dialogs = useDialogs();
  return (
    <EmptyState
      large
      headingLevel="h1"
      title={t('clients.empty.title')}
      action={
        <Button variant="primary" size="large" onClick={() => dialogs.show({ kind: 'client' })}>
          {t('clients.empty.cta')}
        </Button>
      }
    >
      <p>{t('clients.empty.body')}</p>
      <p className={styles.steps}>{t('clients.empty.steps')}</p>
    </EmptyState>
  );
}
