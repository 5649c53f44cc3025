import { type ReactNode, useId } from 'react';
import { LANGUAGES, type Language } from '../../../shared/domain/prefs-defaults.ts';
import { PAPERS, type Paper } from '../../../shared/domain/report.ts';
import { explainFailure } from '../../common/format/explain-failure.ts';
import type { SaveState } from '../../common/hooks/autosave.ts';
import { isMac } from '../../common/hooks/shortcuts.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { ActionMenu } from '../../ui/ActionMenu.tsx';
import { Button } from '../../ui/Button.tsx';
import inputs from '../../ui/inputs.module.css';
import styles from './ReportView.module.css';

function SaveStatus({ state, failure }: { state: SaveState; failure: unknown }) {
  const { t } = useTranslation();
  const text =
    state === 'failed'
      ? t('reportScreen.status.failed', { reason: explainFailure(t, failure) })
      : state === 'pending' || state === 'saving'
        ? t('reportScreen.status.saving')
        : state === 'saved'
          ? t('reportScreen.status.saved')
          : '';
  return (
    <span className={styles.status} role="status" data-state={state}>
      {text}
    </span>
  );
}

export interface ReportToolbarProps {
  backHref: string;
  /** The report's name (its period, or its title and period), the screen's heading. */
  heading: ReactNode;
  language: Language;
  paper: Paper;
  onLanguage: (language: Language) => void;
  onPaper: (paper: Paper) => void;
  save: { state: SaveState; failure: unknown };
  printing: boolean;
  onPdf: () => void;
  /** null until the report's language has come (its words name the CSV's columns). */
  onCsv: (() => void) | null;
  onDelete: () => void;
}

/** Back to the list, the report's period, its language and paper, and what to do with it: PDF, CSV, delete. */
export function ReportToolbar(props: ReportToolbarProps) {
  const { t } = useTranslation();
  const base = useId();
  const pdfKeys = isMac() ? '⌘P' : 'Ctrl+P';
  return (
    <div className={styles.bar}>
      <span className={styles.lead}>
        <a className={styles.back} href={props.backHref}>
          <span aria-hidden="true">← </span>
          {t('reportScreen.back')}
        </a>
        {props.heading}
        <SaveStatus state={props.save.state} failure={props.save.failure} />
      </span>
      <span className={styles.tools}>
        <label className={styles.inline} htmlFor={`${base}-language`}>
          {t('reportScreen.language')}
        </label>
        <select
          id={`${base}-language`}
          className={`${inputs.select} ${styles.choice}`}
          value={props.language}
          onChange={(e) => props.onLanguage(e.target.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`settings.language.${l}`)}
            </option>
          ))}
        </select>
        <label className={styles.inline} htmlFor={`${base}-paper`}>
          {t('reportScreen.paper')}
        </label>
        <select
          id={`${base}-paper`}
          className={`${inputs.select} ${styles.choice}`}
          value={props.paper}
          onChange={(e) => props.onPaper(e.target.value as Paper)}
        >
          {PAPERS.map((p) => (
            <option key={p} value={p}>
              {t(`reportScreen.papers.${p}`)}
            </option>
          ))}
        </select>
        <Button
          variant="primary"
          onClick={props.onPdf}
          disabled={props.printing}
          aria-keyshortcuts={isMac() ? 'Meta+P' : 'Control+P'}
          title={t('reportScreen.pdf.hint', { keys: pdfKeys })}
        >
          {props.printing ? t('reportScreen.pdf.saving') : t('reportScreen.pdf.save')}
        </Button>
        <Button onClick={() => props.onCsv?.()} disabled={!props.onCsv}>
          {t('reportScreen.csv.export')}
        </Button>
        <ActionMenu
          label={t('reportScreen.more.label')}
          items={[{ value: 'delete', label: t('reportScreen.more.delete') }]}
          onSelect={(value) => value === 'delete' && props.onDelete()}
        />
      </span>
    </div>
  );
}
