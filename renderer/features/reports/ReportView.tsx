import { useEffect, useId, useMemo, useRef } from 'react';
import type { Client } from '../../../shared/domain/client.ts';
import type { Profile } from '../../../shared/domain/profile.ts';
import type { ReportView as ReportWithChanges } from '../../../shared/domain/report.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { afterSuccess } from '../../api/settle.ts';
import { useProfile } from '../../common/data/profile-queries.ts';
import { downloadText } from '../../common/files/download.ts';
import { mediaUrl } from '../../common/files/media-url.ts';
import { explainFailure } from '../../common/format/explain-failure.ts';
import { useKeyActions } from '../../common/hooks/shortcuts.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useTranslationIn } from '../../i18n/use-translation-in.ts';
import { useToasts } from '../../ui/toast-context.ts';
import { ChangesBanner } from './ChangesBanner.tsx';
import { ReportDocument } from './document/ReportDocument.tsx';
import { shownSections } from './document/section-order.ts';
import { PrintPortal } from './PrintPortal.tsx';
import { useRefreshReport, useReport } from './queries.ts';
import { ReportTexts } from './ReportTexts.tsx';
import { ReportToolbar } from './ReportToolbar.tsx';
import styles from './ReportView.module.css';
import { reportCsv, reportCsvName } from './report-csv.ts';
import { withDraft } from './report-draft.ts';
import { reportKeyFor } from './report-keys.ts';
import { reportLabel } from './report-label.ts';
import { reportsHref } from './report-route.ts';
import { SectionList } from './SectionList.tsx';
import { moveSection, switchSection } from './section-moves.ts';
import { useDeleteReportWithUndo } from './use-delete-report.ts';
import { useFitZoom } from './use-fit-zoom.ts';
import { useReportAutosave } from './use-report-autosave.ts';
import { useSavePdf } from './use-save-pdf.ts';

/** Until the profile has come, the cover goes without the freelancer's name and logo. */
const NO_PROFILE: Profile = { name: '', logo: null };

function ReportEditor({ client, view }: { client: Client; view: ReportWithChanges }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const toasts = useToasts();
  const autosave = useReportAutosave(view.report);
  const { draft, change } = autosave;
  const profile = useProfile().data ?? NO_PROFILE;
  const refresh = useRefreshReport();
  const deleteReport = useDeleteReportWithUndo();
  const pdf = useSavePdf(view.report.id, autosave.flush);
  const reportTools = useTranslationIn(draft.language);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const pane = useRef<HTMLElement>(null);
  const zoom = useFitZoom(pane, draft.paper);

  // The preview and the PDF show the report as it is being edited, not only as last stored.
  const report = useMemo(() => withDraft(view.report, draft), [view.report, draft]);
  const shown = shownSections(report);
  const logoUrl = profile.logo ? mediaUrl(profile.logo.sha256) : null;
  const { label, period, titled } = reportLabel(report, t, dateLocale(language));
  const listHref = reportsHref(client.id, { name: 'list' });

  // Opened from the list or the new report's dialog, whose button is gone: the keyboard starts at its title.
  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body) heading.current?.focus();
  }, []);
  useKeyActions(document, reportKeyFor, { pdf: () => void pdf.save() });

  const exportCsv = reportTools
    ? () => {
        const ids = shownSections(report);
        downloadText(reportCsvName(report), reportCsv(report, ids, reportTools), 'text/csv');
      }
    : null;

  const remove = async () => {
    await autosave.flush();
    // Back to the list first: the report's own query would only find it gone.
    window.location.hash = listHref;
    deleteReport(view.report, label);
  };

  const update = () =>
    afterSuccess(refresh.mutateAsync({ id: view.report.id }), () =>
      toasts.show({ title: t('reportScreen.changes.updated') }),
    );

  return (
    <article className={styles.report} aria-labelledby={titleId}>
      <ReportToolbar
        backHref={listHref}
        heading={
          <div className={styles.head}>
            <h2 ref={heading} id={titleId} className={styles.title} tabIndex={-1}>
              {label}
            </h2>
            {titled && <p className={styles.facts}>{period}</p>}
          </div>
        }
        language={draft.language}
        paper={draft.paper}
        onLanguage={(l) => change((d) => ({ ...d, language: l }), { now: true })}
        onPaper={(p) => change((d) => ({ ...d, paper: p }), { now: true })}
        save={autosave}
        printing={pdf.printing}
        onPdf={() => void pdf.save()}
        onCsv={exportCsv}
        onDelete={() => void remove()}
      />
      {pdf.printing && (
        <p className={styles.progress} role="status">
          <progress aria-hidden="true" />
          {pdf.inApp ? t('reportScreen.pdf.progressApp') : t('reportScreen.pdf.progressBrowser')}
        </p>
      )}
      <div className={styles.panes}>
        <div className={styles.side}>
          <section className={styles.block} aria-labelledby={`${titleId}-sections`}>
            <h3 id={`${titleId}-sections`} className={styles.blockTitle}>
              {t('reportScreen.sections.title')}
            </h3>
            <p className={styles.hint}>{t('reportScreen.sections.hint')}</p>
            <SectionList
              sections={draft.sections}
              shown={shown}
              onMove={(id, by) =>
                change((d) => ({ ...d, sections: moveSection(d.sections, id, by) }), { now: true })
              }
              onSwitch={(id, on) =>
                change((d) => ({ ...d, sections: switchSection(d.sections, id, on) }), { now: true })
              }
            />
          </section>
          <ReportTexts draft={draft} onChange={(patch) => change((d) => ({ ...d, ...patch }))} />
        </div>
        <section
          ref={pane}
          className={styles.previewPane}
          aria-label={t('reportScreen.preview')}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable to be scrolled.
          tabIndex={0}
        >
          <ChangesBanner
            changes={view.changes}
            figures={view.report.figures}
            updating={refresh.isPending}
            onUpdate={client.archived ? null : update}
          />
          {/* A custom size set through React's style prop goes by the CSSOM, which `style-src 'self'` allows. */}
          <div className={styles.sheets} style={{ zoom }}>
            <ReportDocument report={report} profile={profile} logoUrl={logoUrl} />
          </div>
        </section>
      </div>
      <PrintPortal>
        <ReportDocument report={report} profile={profile} logoUrl={logoUrl} />
      </PrintPortal>
    </article>
  );
}

/** One report, loaded, then edited in place; a report that is gone (trashed elsewhere) says so. */
export function ReportView({ client, reportId }: { client: Client; reportId: string }) {
  const { t } = useTranslation();
  const query = useReport(reportId);
  if (query.data) return <ReportEditor key={query.data.report.id} client={client} view={query.data} />;
  if (query.isError)
    return (
      <div className={styles.gone}>
        <p>
          {isRpcFailure(query.error) && query.error.code === 'not_found'
            ? t('reportScreen.gone')
            : explainFailure(t, query.error)}
        </p>
        <a href={reportsHref(client.id, { name: 'list' })}>{t('reportScreen.back')}</a>
      </div>
    );
  return null;
}
