import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { addDays } from '../../../shared/calendar/dates.ts';
import type { Client } from '../../../shared/domain/client.ts';
import type {
  NumberImportCommitted,
  NumberImportPreviewResult,
  PreviewRow,
} from '../../../shared/domain/number-import.ts';
import { parseNumber } from '../../../shared/metrics/number-parse.ts';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { useChannels } from '../../common/data/channel-queries.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { failureMessages } from '../../i18n/errors.ts';
import type { TFunction } from '../../i18n/keys.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import progress from '../../ui/progress-line.module.css';
import { useToasts } from '../../ui/toast-context.ts';
import { ColumnMappingStep } from './ColumnMappingStep.tsx';
import { ImportRowsTable } from './ImportRowsTable.tsx';
import { ImportSummary } from './ImportSummary.tsx';
import { type PreviewChoices, previewFile } from './import-calls.ts';
import styles from './NumbersImport.module.css';
import { useFileDrop } from './use-file-drop.ts';

export interface NumbersImportDialogProps {
  client: Client;
  today: string;
  /** A file dropped on the Numbers screen: previewed at once. */
  file: File | null;
  onClose: () => void;
  /** After an import: the days of what was written, for the grid to show them. */
  onImported: (days: { from: string; to: string }) => void;
}

const EXPORT_TYPES = '.csv,.txt,.xlsx,.xls,.zip,text/csv';

/** "28 posts' numbers logged, 26 posts added": only what the import did. */
function doneDetail(t: TFunction, done: NumberImportCommitted): string {
  const parts = [
    done.readings > 0 ? t('numbersImport.doneReadings', { count: done.readings }) : '',
    done.created > 0 ? t('numbersImport.doneCreated', { count: done.created }) : '',
    done.followerCounts > 0 ? t('numbersImport.doneFollowers', { count: done.followerCounts }) : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

/**
 * A network's export into the Numbers grid: pick or drop the file, see what will be written (the
 * rows matched to posts, the posts to add, what stands in the way), then import all of it or
 * nothing. The toast that says it was imported offers Undo.
 */
export function NumbersImportDialog(props: NumbersImportDialogProps) {
  const { client, today, file: dropped, onClose } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const toasts = useToasts();
  const qc = useQueryClient();
  const picker = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const channels = useChannels(client.id).data ?? [];
  const [file, setFile] = useState<File | null>(null);
  const [choices, setChoices] = useState<PreviewChoices>({});
  const [preview, setPreview] = useState<NumberImportPreviewResult | null>(null);
  const [busy, setBusy] = useState<{ label: string; fraction: number | null } | null>(null);
  const [failure, setFailure] = useState<string[] | null>(null);
  const [skipped, setSkipped] = useState<ReadonlySet<number>>(new Set());
  const [chosen, setChosen] = useState<ReadonlyMap<number, string | null>>(new Map());
  const [known, setKnown] = useState('');

  // A choice made while a preview is on its way asks again: only the latest answer counts.
  const latest = useRef(0);
  // A new file replaces the preview; a new choice that fails keeps the one on screen.
  const run = async (next: File, with_: PreviewChoices, keepOnError = false) => {
    const asked = ++latest.current;
    setFailure(null);
    setBusy({ label: t('numbersImport.reading', { name: next.name }), fraction: null });
    try {
      const answer = await previewFile(client.id, next, with_, (fraction) =>
        setBusy({ label: t('numbersImport.sending', { name: next.name }), fraction }),
      );
      if (asked !== latest.current) return;
      setPreview(answer);
    } catch (error) {
      if (asked !== latest.current) return;
      if (!keepOnError) setPreview(null);
      setFailure(failureMessages(t, error));
    } finally {
      if (asked === latest.current) setBusy(null);
    }
  };

  const open = (next: File) => {
    setFile(next);
    setChoices({});
    setSkipped(new Set());
    setChosen(new Map());
    setKnown('');
    void run(next, {});
  };
  const choose = (more: PreviewChoices) => {
    if (!file) return;
    const next = { ...choices, ...more };
    setChoices(next);
    // Another channel has other posts: a choice made among this one's no longer stands.
    if (more.channelId !== undefined) setChosen(new Map());
    void run(file, next, true);
  };

  // The file dropped on the screen, previewed once when the dialog opens.
  const first = useRef(dropped);
  useEffect(() => {
    const initial = first.current;
    first.current = null;
    if (initial) open(initial);
  });
  const drop = useFileDrop(open);

  const rows = preview?.rows ?? [];
  const writes = (r: PreviewRow) => r.notes.length === 0 && r.match.kind !== 'unplaced';
  const toWrite = preview
    ? preview.counts.rows -
      preview.counts.unchanged -
      preview.counts.leftOut -
      rows.filter((r) => skipped.has(r.line) && writes(r)).length
    : 0;
  const unchosen = rows.filter(
    (r) => r.match.kind === 'ambiguous' && !skipped.has(r.line) && !chosen.has(r.line),
  ).length;
  // Typed as the grid takes numbers: "1 234" in French, "1,234" in English.
  const parsedKnown = parseNumber(known, { kind: 'count', locale: language });
  const knownCount = parsedKnown.ok ? parsedKnown.value : null;
  const needsCount = preview?.followers !== null && preview?.followers?.from === null && knownCount === null;
  const ready = preview?.importId && !busy && unchosen === 0 && !needsCount && toWrite > 0;

  const refresh = () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: keys.posts }),
      qc.invalidateQueries({ queryKey: keys.metrics }),
      qc.invalidateQueries({ queryKey: keys.objectives }),
    ]);

  const undo = async (importId: string) => {
    try {
      await call('imports.undo', { importId });
      await refresh();
      toasts.show({ title: t('numbersImport.undone') });
    } catch (error) {
      toasts.show({ tone: 'error', title: failureMessages(t, error).join(' ') });
    }
  };

  const commit = async () => {
    if (!preview?.importId || !file) return;
    setBusy({ label: t('numbersImport.importing'), fraction: null });
    setFailure(null);
    try {
      const done = await call('imports.commit', {
        importId: preview.importId,
        skipLines: [...skipped],
        choices: [...chosen].map(([line, postId]) => ({ line, postId })),
        ...(preview.followers && !preview.followers.from && knownCount !== null
          ? { knownFollowers: { on: addDays(preview.followers.firstDay, -1), count: knownCount } }
          : {}),
      });
      await refresh();
      toasts.show({
        title: t('numbersImport.done', { file: file.name }),
        description: doneDetail(t, done),
        action: {
          label: t('numbersImport.undo'),
          altText: t('numbersImport.undoAlt'),
          run: () => void undo(done.importId),
        },
      });
      if (done.days) props.onImported(done.days);
      onClose();
    } catch (error) {
      setBusy(null);
      setFailure(
        isRpcFailure(error) && error.code === 'not_found'
          ? [t('numbersImport.expired')]
          : failureMessages(t, error),
      );
    }
  };

  return (
    <Dialog
      open
      wide
      onOpenChange={(isOpen) => !isOpen && onClose()}
      title={t('numbersImport.title')}
      description={t('numbersImport.description')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" disabled={!ready} onClick={() => void commit()}>
            {t('numbersImport.submit', { count: Math.max(0, toWrite) })}
          </Button>
        </>
      }
    >
      <div className={styles.form}>
        <div
          className={styles.drop}
          data-over={drop.over || undefined}
          data-compact={preview !== null || undefined}
          {...drop.handlers}
        >
          <strong>{t('numbersImport.dropHere')}</strong>
          <span id={hintId} className={styles.hint}>
            {t('numbersImport.dropHint')}
          </span>
          <Button aria-describedby={hintId} onClick={() => picker.current?.click()}>
            {t(file ? 'numbersImport.chooseAnother' : 'numbersImport.choose')}
          </Button>
          {/* The browser's own control would speak its language, not the app's: a button opens it. */}
          <input
            ref={picker}
            type="file"
            hidden
            accept={EXPORT_TYPES}
            onChange={(e) => {
              const picked = e.target.files?.[0];
              // Cleared, so the same file picked again after a fix is read again.
              e.target.value = '';
              if (picked) open(picked);
            }}
          />
        </div>
        {busy && (
          <div className={progress.line} role="status">
            <progress value={busy.fraction ?? undefined} max={1} aria-label={busy.label} />
            <span>{busy.label}</span>
          </div>
        )}
        {failure && <FormAlert message={failure.join(' ')} />}
        {preview?.unmapped && (
          <ColumnMappingStep
            header={preview.unmapped.header}
            sample={preview.unmapped.sample}
            currency={client.currency}
            onApply={(mapping) => choose({ mapping })}
          />
        )}
        {preview && !preview.unmapped && (
          <>
            <ImportSummary
              preview={preview}
              channels={channels}
              today={today}
              onChannel={(channelId) => choose({ channelId })}
              onAsOf={(asOf) => choose({ asOf })}
              known={known}
              onKnown={setKnown}
              knownError={parsedKnown.ok ? undefined : t(`issues.${parsedKnown.code}`)}
            />
            {rows.length > 0 && rows.length < preview.counts.rows && (
              <p className={styles.hint}>
                {t('numbersImport.shown', { shown: rows.length, count: preview.counts.rows })}
              </p>
            )}
            {preview.importId && toWrite <= 0 && <p role="status">{t('numbersImport.nothing')}</p>}
            {rows.length > 0 && (
              <ImportRowsTable
                preview={preview}
                timeZone={client.timeZone}
                skipped={skipped}
                onSkip={(line, skip) => {
                  const next = new Set(skipped);
                  if (skip) next.add(line);
                  else next.delete(line);
                  setSkipped(next);
                }}
                chosen={chosen}
                onChoose={(line, postId) => setChosen(new Map(chosen).set(line, postId))}
              />
            )}
          </>
        )}
      </div>
    </Dialog>
  );
}
