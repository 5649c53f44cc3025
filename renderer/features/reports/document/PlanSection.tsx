import { format } from 'date-fns';
import { firstWords } from '../../../../shared/export/excerpt.ts';
import { noonOf } from '../../../common/dates/calendar-period.ts';
import { NetworkLabel } from './NetworkLabel.tsx';
import styles from './ReportDocument.module.css';
import { periodWords } from './report-dates.ts';
import { useReportScope } from './report-scope.ts';
import { Note, Section } from './Section.tsx';

/** Long enough to say what a post is about, short enough for one or two lines of the table. */
const EXCERPT = 90;

/** What comes next: the posts planned for the following period, on the client's clock. */
export function PlanSection() {
  const { t, locale, report, figures, channel } = useReportScope();
  const plan = figures.plan;
  const next = periodWords(report.kind, plan.from, plan.to, t, locale);
  if (plan.total === 0)
    return (
      <Section id="plan">
        <Note>{t('reports.plan.empty', { period: next })}</Note>
      </Section>
    );
  const more = plan.total - plan.posts.length;
  return (
    <Section id="plan">
      <p className={styles.lead}>{t('reports.plan.intro', { count: plan.total, period: next })}</p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('reports.plan.day')}</th>
            <th scope="col">{t('reports.plan.time')}</th>
            <th scope="col">{t('reports.plan.channel')}</th>
            <th scope="col">{t('reports.plan.format')}</th>
            <th scope="col">{t('reports.plan.status')}</th>
            <th scope="col">{t('reports.plan.caption')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.posts.map((p) => {
            const where = channel(p.channelId);
            return (
              <tr key={p.id}>
                <td className={styles.nowrap}>{format(noonOf(p.date), 'EEE d MMM', { locale })}</td>
                <td className={styles.nowrap}>{p.time}</td>
                <td>{where ? <NetworkLabel network={where.network} handle={where.handle} /> : '—'}</td>
                <td>{t(`posts.format.${p.format}`)}</td>
                <td>{t(`posts.status.${p.status}`)}</td>
                <td className={styles.excerpt}>{firstWords(p.caption, EXCERPT) || t('posts.untitled')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {more > 0 && <p className={styles.small}>{t('reports.plan.more', { count: more })}</p>}
    </Section>
  );
}
