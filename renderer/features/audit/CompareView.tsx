import { useEffect, useId, useRef } from 'react';
import { AUDIT_QUESTIONS, type Audit } from '../../../shared/domain/audit.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { renderNotes } from '../../common/format/render-notes.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import prose from '../../ui/Prose.module.css';
import { ActionOutcome } from './ActionOutcome.tsx';
import { auditLabel, rangeLabel } from './audit-period.ts';
import { auditHref } from './audit-route.ts';
import styles from './CompareView.module.css';
import { useAudit } from './queries.ts';
import { formatDelta, meanScore, scoreChange } from './score-change.ts';

function ScoreAndNotes({ score, notes }: { score: number | null; notes: string }) {
  const { t } = useTranslation();
  return (
    <div className={styles.answer}>
      <span className={styles.score}>
        {score === null ? (
          <span className={styles.muted}>{t('audit.compare.notScored')}</span>
        ) : (
          t('audit.compare.score', { score, word: t(`audit.score.words.${score as 1}`) })
        )}
      </span>
      {notes.trim() ? (
        <div className={`${prose.prose} ${styles.notes}`}>{renderNotes(notes)}</div>
      ) : (
        <p className={styles.muted}>{t('audit.compare.noNotes')}</p>
      )}
    </div>
  );
}

function Actions({ audit, client }: { audit: Audit; client: Client }) {
  const { t } = useTranslation();
  if (audit.actions.length === 0) return <p className={styles.muted}>{t('audit.compare.noActions')}</p>;
  return (
    <ol className={styles.actions}>
      {audit.actions.map((a) => (
        <li key={a.id}>
          <span>{a.text}</span>
          {a.question !== null && (
            <span className={styles.muted}>
              {' '}
              (
              {t('audit.actions.question', {
                n: a.question,
                short: t(`audit.questions.${a.question}.short`),
              })}
              )
            </span>
          )}
          {a.became && (
            <span className={styles.became}>
              <ActionOutcome outcome={a.became} clientId={client.id} timeZone={client.timeZone} />
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * Two audits side by side, the older on the left: each question's score and notes, how the score
 * moved, then each audit's actions and what they became.
 */
export function CompareView({ client, ids }: { client: Client; ids: [string, string] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const left = useAudit(ids[0]);
  const right = useAudit(ids[1]);
  const a = left.data;
  const b = right.data;
  const ready = a !== undefined && b !== undefined;
  // Opened from the list, whose button is gone: the keyboard starts at the comparison's title.
  useEffect(() => {
    if (ready && (document.activeElement === null || document.activeElement === document.body))
      titleRef.current?.focus();
  }, [ready]);
  const back = (
    <a className={styles.back} href={auditHref(client.id, { name: 'list' })}>
      <span aria-hidden="true">← </span>
      {t('audit.back')}
    </a>
  );
  if (left.isError || right.isError)
    return (
      <div className={styles.compare}>
        {back}
        <p>{t('audit.compare.gone')}</p>
      </div>
    );
  if (!a || !b) return null;
  const labelA = auditLabel(a, language);
  const labelB = auditLabel(b, language);
  const heading = (audit: Audit, label: string) => (
    <>
      <a href={auditHref(client.id, { name: 'audit', id: audit.id })} className={styles.auditLink}>
        {label}
      </a>
      {audit.title.trim() && <span className={styles.sub}>{rangeLabel(audit, language)}</span>}
    </>
  );
  const meanA = meanScore(a.answers.map((x) => x.score));
  const meanB = meanScore(b.answers.map((x) => x.score));
  // Averages compare only when they are over the same questions.
  const sameScored = a.answers.every((x, i) => (x.score === null) === (b.answers[i]?.score === null));
  const meanChange =
    meanA !== null && meanB !== null && sameScored ? Math.round((meanB - meanA) * 10) / 10 : null;

  return (
    <article className={styles.compare} aria-labelledby={titleId}>
      {back}
      <h2 ref={titleRef} id={titleId} className={styles.title} tabIndex={-1}>
        {t('audit.compare.title', { a: labelA, b: labelB })}
      </h2>
      <table className={styles.table}>
        <caption className="visually-hidden">{t('audit.compare.caption', { a: labelA, b: labelB })}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.questionCol}>
              {t('audit.compare.question')}
            </th>
            <th scope="col">{heading(a, labelA)}</th>
            <th scope="col" className={styles.changeCol}>
              {t('audit.compare.change')}
            </th>
            <th scope="col">{heading(b, labelB)}</th>
          </tr>
        </thead>
        <tbody>
          {AUDIT_QUESTIONS.map((q) => {
            const x = a.answers[q - 1];
            const y = b.answers[q - 1];
            const change = scoreChange(y?.score ?? null, x?.score ?? null);
            return (
              <tr key={q}>
                <th scope="row" className={styles.questionCol}>
                  <span className={styles.qShort}>
                    {q}. {t(`audit.questions.${q}.short`)}
                  </span>
                  <span className={styles.sub}>{t(`audit.questions.${q}.asked`)}</span>
                </th>
                <td>
                  <ScoreAndNotes score={x?.score ?? null} notes={x?.notes ?? ''} />
                </td>
                <td className={styles.changeCol}>
                  {change ? (
                    <span className={styles.tone} data-tone={change.tone}>
                      {formatDelta(change.delta, language)}
                    </span>
                  ) : (
                    <span className={styles.muted}>—</span>
                  )}
                </td>
                <td>
                  <ScoreAndNotes score={y?.score ?? null} notes={y?.notes ?? ''} />
                </td>
              </tr>
            );
          })}
          <tr className={styles.meanRow}>
            <th scope="row" className={styles.questionCol}>
              {t('audit.list.mean')}
            </th>
            <td>{meanA === null ? '—' : new Intl.NumberFormat(language).format(meanA)}</td>
            <td className={styles.changeCol}>
              {meanChange === null ? (
                <span className={styles.muted}>—</span>
              ) : (
                <span
                  className={styles.tone}
                  data-tone={meanChange > 0 ? 'good' : meanChange < 0 ? 'bad' : 'same'}
                >
                  {formatDelta(meanChange, language)}
                </span>
              )}
            </td>
            <td>{meanB === null ? '—' : new Intl.NumberFormat(language).format(meanB)}</td>
          </tr>
        </tbody>
      </table>
      <section className={styles.actionsPair} aria-label={t('audit.actions.title')}>
        <div>
          <h3 className={styles.actionsTitle}>{t('audit.compare.actionsOf', { label: labelA })}</h3>
          <Actions audit={a} client={client} />
        </div>
        <div>
          <h3 className={styles.actionsTitle}>{t('audit.compare.actionsOf', { label: labelB })}</h3>
          <Actions audit={b} client={client} />
        </div>
      </section>
    </article>
  );
}
