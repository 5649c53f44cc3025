import { useId } from 'react';
import type { AuditQuestion } from '../../../shared/domain/audit.ts';
import type { AuditFigures } from '../../../shared/domain/audit-figures.ts';
import { NOTES_MAX } from '../../../shared/domain/fields.ts';
import { useTranslation } from '../../i18n/context.tsx';
import inputs from '../../ui/inputs.module.css';
import styles from './AuditView.module.css';
import type { AnswerDraft } from './audit-draft.ts';
import { CalepinAnswer } from './CalepinAnswer.tsx';
import { ScoreField } from './ScoreField.tsx';

/**
 * One of the article's six questions: its words, Calepin's answer from the period's figures, then
 * the user's own — a score from 1 to 5 and notes.
 */
export function QuestionCard({
  question,
  answer,
  figures,
  clientId,
  timeZone,
  onScore,
  onNotes,
}: {
  question: AuditQuestion;
  answer: AnswerDraft;
  figures: AuditFigures | undefined;
  clientId: string;
  timeZone: string;
  onScore: (score: number | null) => void;
  onNotes: (notes: string) => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const notesId = useId();
  return (
    <section className={styles.card} aria-labelledby={titleId} data-question={question}>
      <header className={styles.cardHeader}>
        <span className={styles.number} aria-hidden="true">
          {question}
        </span>
        <div>
          <h3 id={titleId} className={styles.cardTitle}>
            <span className="visually-hidden">
              {`${t('audit.questionNumber', { n: question })} ${t(`audit.questions.${question}.short`)}`}
            </span>
            <span aria-hidden="true">{t(`audit.questions.${question}.short`)}</span>
          </h3>
          <p className={styles.cardQuestion}>{t(`audit.questions.${question}.asked`)}</p>
        </div>
      </header>
      <div className={styles.cardBody}>
        <div className={styles.calepin}>
          <h4 className={styles.sideTitle}>{t('audit.calepinSays')}</h4>
          {figures ? (
            <CalepinAnswer question={question} figures={figures} clientId={clientId} timeZone={timeZone} />
          ) : (
            <p className={styles.muted}>{t('audit.loadingFigures')}</p>
          )}
        </div>
        <div className={styles.yours}>
          <h4 className={styles.sideTitle}>{t('audit.youSay')}</h4>
          <ScoreField legend={t('audit.score.legend')} value={answer.score} onChange={onScore} />
          <label className={styles.notesLabel} htmlFor={notesId}>
            {t('audit.notes.label')}
          </label>
          <textarea
            id={notesId}
            className={`${inputs.textarea} ${styles.notes}`}
            maxLength={NOTES_MAX}
            rows={4}
            placeholder={t(`audit.questions.${question}.placeholder`)}
            value={answer.notes}
            onChange={(e) => onNotes(e.target.value)}
          />
        </div>
      </div>
    </section>
  );
}
