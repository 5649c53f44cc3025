import { canReplaceData, type StartupProblem } from '../../../shared/domain/startup-problem.ts';
import { LanguageChoice } from '../../common/widgets/LanguageChoice.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { ProblemText } from './ProblemText.tsx';
import styles from './RecoveryScreen.module.css';
import { ReplaceDataChoices } from './ReplaceDataChoices.tsx';
import { RetryChoice } from './RetryChoice.tsx';

/**
 * Shown instead of the app when the data file could not be opened: no sidebar, since every call
 * about the data would fail. It says what happened and offers what can be done about this kind of
 * problem; a file from a newer Calepin is only explained, as nothing here can help with it.
 */
export function RecoveryScreen({ problem }: { problem: StartupProblem }) {
  const { t } = useTranslation();
  return (
    <main className={styles.screen}>
      <div className={styles.panel}>
        <p className={styles.app}>{t('app.name')}</p>
        <ProblemText problem={problem} />
        {canReplaceData(problem) ? <ReplaceDataChoices /> : problem.kind !== 'tooNew' && <RetryChoice />}
      </div>
      <div className={styles.language}>
        <LanguageChoice />
      </div>
    </main>
  );
}
