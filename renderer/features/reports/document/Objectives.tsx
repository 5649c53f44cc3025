import type { ObjectiveWithProgress } from '../../../../shared/domain/objective-progress.ts';
import { ObjectiveSummary } from '../../../common/widgets/ObjectiveSummary.tsx';
import styles from './Objectives.module.css';
import { useReportScope } from './report-scope.ts';
import { Note, Section } from './Section.tsx';

/** One objective as the app's card words it, in the report's language, as it stood at the period's end (or the day it was read). */
function ObjectiveItem({ objective: o }: { objective: ObjectiveWithProgress }) {
  const scope = useReportScope();
  return (
    <ObjectiveSummary
      objective={o}
      channel={o.channelId ? scope.channel(o.channelId) : undefined}
      currency={scope.currency}
      today={scope.measuredOn}
      words={scope}
      classes={styles}
      heading="h3"
    />
  );
}

/** The objectives whose span meets the period, with their progress as it was read. */
export function Objectives() {
  const { t, figures, period } = useReportScope();
  return (
    <Section id="objectives">
      {figures.objectives.length === 0 ? (
        <Note>{t('reports.objectives.empty', { period })}</Note>
      ) : (
        <ul className={styles.list}>
          {figures.objectives.map((o) => (
            <ObjectiveItem key={o.id} objective={o} />
          ))}
        </ul>
      )}
    </Section>
  );
}
