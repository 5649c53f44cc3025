import { type ReactNode, useMemo } from 'react';
import { addDays, earlierDay } from '../../../../shared/calendar/dates.ts';
import { zonedToday } from '../../../../shared/calendar/zoned.ts';
import type { Profile } from '../../../../shared/domain/profile.ts';
import type { Report, ReportSectionId } from '../../../../shared/domain/report.ts';
import { useTranslation } from '../../../i18n/context.tsx';
import { type LanguageTools, useTranslationIn } from '../../../i18n/use-translation-in.ts';
import { AuditSection } from './AuditSection.tsx';
import { BenchmarkSection } from './BenchmarkSection.tsx';
import { Cover } from './Cover.tsx';
import { FreeText } from './FreeText.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import { Objectives } from './Objectives.tsx';
import { PlanSection } from './PlanSection.tsx';
import { RankedPosts } from './RankedPosts.tsx';
import { ReportCharts } from './ReportCharts.tsx';
import styles from './ReportDocument.module.css';
import { comparedWords, periodWords } from './report-dates.ts';
import { type ReportScope, ReportScopeContext } from './report-scope.ts';
import { sheetsOf, shownSections } from './section-order.ts';
import { VoiceSection } from './VoiceSection.tsx';

export interface ReportDocumentProps {
  report: Report;
  profile: Profile;
  /** Where the freelancer's logo is served, or null without one. */
  logoUrl: string | null;
}

function scopeOf(report: Report, tools: LanguageTools): ReportScope {
  const { figures } = report;
  const channels = new Map(figures.channels.map((c) => [c.id, c]));
  const { t, locale } = tools;
  const readOn = zonedToday(new Date(figures.at), figures.client.timeZone);
  return {
    ...tools,
    report,
    figures,
    currency: figures.client.currency,
    readOn,
    measuredOn: earlierDay(addDays(report.to, -1), readOn),
    period: periodWords(report.kind, report.from, report.to, t, locale),
    compared: comparedWords(
      report.kind,
      { from: report.from, previousFrom: figures.dashboard.previous.from },
      t,
      locale,
    ),
    channel: (id) => channels.get(id),
  };
}

function SectionView({
  id,
  report,
  profile,
  logoUrl,
}: { id: ReportSectionId } & ReportDocumentProps): ReactNode {
  switch (id) {
    case 'cover':
      return <Cover profile={profile} logoUrl={logoUrl} />;
    case 'summary':
      return <FreeText id="summary" text={report.summary} />;
    case 'recommendations':
      return <FreeText id="recommendations" text={report.recommendations} />;
    case 'figures':
      return <KeyFigures />;
    case 'charts':
      return <ReportCharts />;
    case 'objectives':
      return <Objectives />;
    case 'posts':
      return <RankedPosts />;
    case 'voice':
      return <VoiceSection />;
    case 'benchmark':
      return <BenchmarkSection />;
    case 'audit':
      return <AuditSection />;
    case 'plan':
      return <PlanSection />;
  }
}

/**
 * A client's report as it prints: the sections switched on, in the user's order, in the report's
 * own language. On screen, sheets of paper on the app's background; in print (Chromium, with
 * `preferCSSPageSize`), pages of the report's paper size, numbered in their margin.
 */
export function ReportDocument({ report, profile, logoUrl }: ReportDocumentProps) {
  const tools = useTranslationIn(report.language);
  const { t: appT } = useTranslation();
  const scope = useMemo(() => (tools ? scopeOf(report, tools) : null), [report, tools]);
  if (!scope)
    return (
      <p className={styles.loading} role="status">
        {appT('app.loading')}
      </p>
    );
  const sheets = sheetsOf(shownSections(report));
  return (
    <ReportScopeContext.Provider value={scope}>
      <article
        className={`${styles.document} ${styles[report.paper]}`}
        lang={report.language}
        aria-label={scope.t('reports.document.label', {
          client: report.figures.client.name,
          period: scope.period,
        })}
      >
        {sheets.map((sheet) => (
          <div key={sheet.ids[0]} className={sheet.cover ? styles.coverSheet : styles.sheet}>
            {sheet.ids.map((id) => (
              <SectionView key={id} id={id} report={report} profile={profile} logoUrl={logoUrl} />
            ))}
          </div>
        ))}
      </article>
    </ReportScopeContext.Provider>
  );
}
