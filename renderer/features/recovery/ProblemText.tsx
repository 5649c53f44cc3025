import type { StartupProblem } from '../../../shared/domain/startup-problem.ts';
import { useTranslation } from '../../i18n/context.tsx';
import type { TFunction } from '../../i18n/keys.ts';
import facts from '../../ui/facts.module.css';
import styles from './RecoveryScreen.module.css';

/** Where the file is now: moved aside (so the user can find it again), or left where it was. */
function whereOf(problem: StartupProblem): { moved: boolean; path: string } | null {
  switch (problem.kind) {
    case 'damaged':
    case 'orphanWal':
      return { moved: true, path: problem.movedTo };
    case 'tooNew':
    case 'unwritable':
    case 'diskFull':
    case 'inUse':
      return { moved: false, path: problem.path };
    case 'unknown':
      return null;
  }
}

function bodyOf(problem: StartupProblem, t: TFunction): string {
  switch (problem.kind) {
    case 'tooNew':
      return t('backups.recovery.body.tooNew', { found: problem.found, supported: problem.supported });
    case 'inUse':
      return t('backups.recovery.body.inUse', { pid: problem.pid });
    default:
      return t(`backups.recovery.body.${problem.kind}`);
  }
}

/** What happened, in plain words, where the file is, and the technical detail for whoever helps. */
export function ProblemText({ problem }: { problem: StartupProblem }) {
  const { t } = useTranslation();
  const where = whereOf(problem);
  const detail = 'detail' in problem && problem.detail ? problem.detail : null;
  return (
    <>
      <h1 className={styles.title}>{t(`backups.recovery.title.${problem.kind}`)}</h1>
      <p className={styles.body}>{bodyOf(problem, t)}</p>
      {where && (
        <dl className={`${facts.facts} ${styles.where}`}>
          <dt>{t(where.moved ? 'backups.recovery.movedTo' : 'backups.recovery.location')}</dt>
          <dd className={facts.path}>{where.path}</dd>
        </dl>
      )}
      {detail && (
        <details className={styles.detail}>
          <summary>{t('backups.recovery.detail')}</summary>
          <code>{detail}</code>
        </details>
      )}
    </>
  );
}
