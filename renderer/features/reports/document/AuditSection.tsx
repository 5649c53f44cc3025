import { addDays } from '../../../../shared/calendar/dates.ts';
import { zonedToday } from '../../../../shared/calendar/zoned.ts';
import { dayRange } from '../../../common/dates/kpi-period.ts';
import styles from './AuditSection.module.css';
import doc from './ReportDocument.module.css';
import { longDay } from './report-dates.ts';
import { useReportScope } from './report-scope.ts';
import { Note, Section } from './Section.tsx';

const QUESTIONS = ['1', '2', '3', '4', '5', '6'] as const;
const SCORES = ['1', '2', '3', '4', '5'] as const;
type Score = (typeof SCORES)[number];

const isScore = (s: string): s is Score => (SCORES as readonly string[]).includes(s);

/** The latest audit of the client: its six questions scored out of 5, and what was decided. */
export function AuditSection() {
  const { t, locale, figures } = useReportScope();
  const audit = figures.audit;
  if (!audit) return null;
  const period = dayRange(audit.from, addDays(audit.to, -1), locale);
  const finished = audit.finishedAt
    ? t('audit.list.finishedOn', {
        day: longDay(zonedToday(new Date(audit.finishedAt), figures.client.timeZone), locale),
      })
    : t('audit.list.inProgress');
  return (
    <Section id="audit">
      <p className={styles.intro}>
        {audit.title.trim() ? t('reports.audit.titled', { title: audit.title, period }) : period} · {finished}
      </p>
      <table className={styles.scores}>
        <tbody>
          {QUESTIONS.map((q, i) => {
            const score = String(audit.scores[i] ?? '');
            return (
              <tr key={q}>
                <th scope="row">{t(`audit.questions.${q}.asked`)}</th>
                <td className={styles.score}>
                  {isScore(score) ? (
                    <>
                      <span className={styles.dots} aria-hidden="true">
                        {SCORES.map((s) => (
                          <span key={s} data-on={s <= score || undefined} />
                        ))}
                      </span>
                      {t('reports.audit.score', { score, word: t(`audit.score.words.${score}`) })}
                    </>
                  ) : (
                    <span className={doc.note}>{t('audit.list.notScored')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3 className={doc.subheading}>{t('audit.list.actions')}</h3>
      {audit.actions.length === 0 ? (
        <Note>{t('reports.audit.noActions')}</Note>
      ) : (
        <ul className={styles.actions}>
          {audit.actions.map((a, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: an action has no id in the snapshot, its place is fixed
            <li key={i} data-done={a.done || undefined}>
              <span className={styles.tick} aria-hidden="true">
                {a.done ? '✓' : ''}
              </span>
              <span className={styles.actionText}>{a.text}</span>
              <span className={styles.state}>{t(a.done ? 'reports.audit.done' : 'reports.audit.todo')}</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
