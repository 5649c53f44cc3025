import { useId, useState } from 'react';
import { utcToZoned } from '../../../shared/calendar/zoned.ts';
import { AUDIT_QUESTIONS, type AuditSummary } from '../../../shared/domain/audit.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { formatLongDay } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { tableStyles as ts } from '../../ui/table.ts';
import styles from './AuditList.module.css';
import { auditLabel, rangeLabel } from './audit-period.ts';
import { auditHref } from './audit-route.ts';
import { changesFromBefore, formatDelta, meanScore, type ScoreChange } from './score-change.ts';
import { useDeleteAuditWithUndo } from './use-delete-audit.ts';

function Score({ score, change }: { score: number | null; change: ScoreChange | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (score === null)
    return (
      <span className={styles.noScore}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('audit.list.notScored')}</span>
      </span>
    );
  return (
    <span className={styles.scoreCell}>
      <span className={styles.scoreValue}>{new Intl.NumberFormat(language).format(score)}</span>
      {change && (
        <span className={`${styles.change} ${styles.tone}`} data-tone={change.tone}>
          <span aria-hidden="true">{formatDelta(change.delta, language)}</span>
          <span className="visually-hidden">
            {t('audit.list.changeFromBefore', { change: formatDelta(change.delta, language) })}
          </span>
        </span>
      )}
    </span>
  );
}

/** The client's audits, newest first: the six scores side by side and how each moved since the audit before. */
export function AuditList({
  client,
  audits,
  onNew,
  onCompare,
}: {
  client: Client;
  audits: readonly AuditSummary[];
  onNew: () => void;
  onCompare: (ids: [string, string]) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const deleteAudit = useDeleteAuditWithUndo();
  const [picked, setPicked] = useState<string[]>([]);
  const hintId = useId();
  const live = picked.filter((id) => audits.some((a) => a.id === id));
  const changes = changesFromBefore(audits.map((a) => a.scores));

  const toggle = (id: string, on: boolean) =>
    setPicked((p) => (on ? [...p.filter((x) => x !== id), id] : p.filter((x) => x !== id)));
  // The older of the two on the left, as time reads.
  const compare = () => {
    const [a, b] = live;
    if (!a || !b) return;
    const older = audits.findIndex((x) => x.id === a) > audits.findIndex((x) => x.id === b) ? a : b;
    onCompare([older, older === a ? b : a]);
  };

  return (
    <div className={styles.list}>
      <div className={styles.toolbar}>
        <p className={styles.intro}>{t('audit.list.intro')}</p>
        <div className={styles.tools}>
          {audits.length > 1 && (
            <>
              <span id={hintId} className={styles.hint}>
                {live.length === 2 ? '' : t('audit.list.pickTwo')}
              </span>
              <Button onClick={compare} disabled={live.length !== 2} aria-describedby={hintId}>
                {t('audit.list.compare')}
              </Button>
            </>
          )}
          <Button variant="primary" onClick={onNew}>
            {t('audit.list.new')}
          </Button>
        </div>
      </div>
      <div className={ts.wrap}>
        <table className={`${ts.table} ${styles.table}`}>
          <caption className="visually-hidden">{t('audit.list.caption', { client: client.name })}</caption>
          <thead>
            <tr>
              {audits.length > 1 && (
                <th scope="col" className={styles.pick}>
                  <span className="visually-hidden">{t('audit.list.pickColumn')}</span>
                </th>
              )}
              <th scope="col">{t('audit.list.audit')}</th>
              {AUDIT_QUESTIONS.map((q) => (
                <th key={q} scope="col" className={styles.qHead} title={t(`audit.questions.${q}.asked`)}>
                  <span className={styles.qNumber}>{q}</span>
                  <span className={styles.qShort}>{t(`audit.questions.${q}.short`)}</span>
                </th>
              ))}
              <th scope="col" className={styles.qHead}>
                {t('audit.list.mean')}
              </th>
              <th scope="col" className={ts.nowrap}>
                {t('audit.list.actions')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('audit.list.rowTools')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {audits.map((a, row) => {
              const label = auditLabel(a, language);
              const mean = meanScore(a.scores);
              return (
                <tr key={a.id} data-audit-id={a.id}>
                  {audits.length > 1 && (
                    <td className={styles.pick}>
                      <input
                        type="checkbox"
                        className={styles.checkbox}
                        checked={live.includes(a.id)}
                        onChange={(e) => toggle(a.id, e.target.checked)}
                        aria-label={t('audit.list.pick', { label })}
                      />
                    </td>
                  )}
                  <th scope="row" className={ts.rowName}>
                    <a className={ts.link} href={auditHref(client.id, { name: 'audit', id: a.id })}>
                      {label}
                    </a>
                    <span className={ts.subLine}>
                      {a.title.trim() ? `${rangeLabel(a, language)} · ` : ''}
                      {a.finishedAt
                        ? t('audit.list.finishedOn', {
                            day: formatLongDay(utcToZoned(a.finishedAt, client.timeZone).date, language),
                          })
                        : t('audit.list.inProgress')}
                    </span>
                  </th>
                  {AUDIT_QUESTIONS.map((q) => (
                    <td key={q} className={styles.score}>
                      <Score score={a.scores[q - 1] ?? null} change={changes[row]?.[q - 1] ?? null} />
                    </td>
                  ))}
                  <td className={`${styles.score} ${styles.mean}`}>
                    {mean === null ? (
                      <span className={styles.noScore}>—</span>
                    ) : (
                      new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(mean)
                    )}
                  </td>
                  <td className={ts.nowrap}>
                    {a.actions === 0
                      ? t('audit.list.noActions')
                      : t('audit.list.actionsDone', { count: a.actions, done: a.actionsDone })}
                  </td>
                  <td className={ts.actions}>
                    <Button variant="dangerGhost" size="small" onClick={() => deleteAudit(a, label)}>
                      <span aria-hidden="true">{t('audit.list.delete')}</span>
                      <span className="visually-hidden">{`${t('audit.list.delete')} ${label}`}</span>
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** No audit yet: what one is (the article's "take stock"), and the one button to start. */
export function AuditEmpty({ client, onNew }: { client: Client; onNew: () => void }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t('audit.empty.title', { client: client.name })}
      action={
        <Button variant="primary" onClick={onNew}>
          {t('audit.empty.start')}
        </Button>
      }
    >
      <p>{t('audit.empty.body')}</p>
      <ol className={styles.questions}>
        {AUDIT_QUESTIONS.map((q) => (
          <li key={q}>{t(`audit.questions.${q}.asked`)}</li>
        ))}
      </ol>
      <p>{t('audit.empty.then')}</p>
    </EmptyState>
  );
}
