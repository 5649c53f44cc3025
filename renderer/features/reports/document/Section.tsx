import { type ReactNode, useId } from 'react';
import type { ReportSectionId } from '../../../../shared/domain/report.ts';
import styles from './ReportDocument.module.css';
import { useReportScope } from './report-scope.ts';

/** A section of the document under its heading, which never ends a page alone. */
export function Section({ id, children }: { id: Exclude<ReportSectionId, 'cover'>; children: ReactNode }) {
  const { t } = useReportScope();
  const titleId = useId();
  return (
    <section className={styles.section} aria-labelledby={titleId} data-section={id}>
      <h2 id={titleId} className={styles.heading}>
        {t(`reports.sections.${id}`)}
      </h2>
      {children}
    </section>
  );
}

/** What a part says when it has nothing to show: a sentence, never a blank box. */
export function Note({ children }: { children: ReactNode }) {
  return <p className={styles.note}>{children}</p>;
}
