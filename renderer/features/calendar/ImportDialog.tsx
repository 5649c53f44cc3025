import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import type { ImportResult, ImportRow } from '../../../shared/domain/calendar-file.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';
import { useChannels } from '../../common/data/channel-queries.ts';
import { fileToBase64 } from '../../common/files/download.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { failureMessages, issueMessage } from '../../i18n/errors.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { tableStyles as ts } from '../../ui/table.ts';
import { useToasts } from '../../ui/toast-context.ts';
import styles from './CalendarDialogs.module.css';
import { ChannelMapping } from './ChannelMapping.tsx';

/**
 * A planned calendar from a CSV file: a preview of every row with what is wrong with it, and an
 * import that is all or nothing — rows with errors must be fixed in the file or skipped here.
 */
export function ImportDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const qc = useQueryClient();
  const inputId = useId();
  const [base64, setBase64] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  // What the user ticked or unticked; other rows start skipped when they have errors.
  const [ticked, setTicked] = useState<ReadonlyMap<number, boolean>>(new Map());
  const [choices, setChoices] = useState<ReadonlyMap<string, string | null>>(new Map());
  const channels = useChannels(client.id).data ?? [];
  const [failure, setFailure] = useState<string[] | null>(null);
  const [pending, setPending] = useState(false);

  const channelMap = (map: ReadonlyMap<string, string | null>) =>
    [...map].map(([value, channelId]) => ({ value, channelId }));

  // Choices made in quick succession each ask for a preview: only the latest one's answer counts.
  const latest = useRef(0);
  const previewWith = async (data: string, map: ReadonlyMap<string, string | null>) => {
    const asked = ++latest.current;
    setPending(true);
    setFailure(null);
    try {
      const answer = await call('calendar.importCsv', {
        clientId: client.id,
        base64: data,
        channelMap: channelMap(map),
        commit: false,
      });
      if (asked === latest.current) setPreview(answer);
    } catch (error) {
      if (asked !== latest.current) return;
      setPreview(null);
      setFailure(failureMessages(t, error));
    } finally {
      if (asked === latest.current) setPending(false);
    }
  };

  const read = async (file: File) => {
    setPreview(null);
    setTicked(new Map());
    setChoices(new Map());
    try {
      const data = await fileToBase64(file);
      setBase64(data);
      await previewWith(data, new Map());
    } catch (error) {
      setFailure(failureMessages(t, error));
    }
  };

  const choose = (value: string, channelId: string | null | undefined) => {
    const next = new Map(choices);
    if (channelId === undefined) next.delete(value);
    else next.set(value, channelId);
    setChoices(next);
    if (base64) void previewWith(base64, next);
  };

  const rows = preview?.rows ?? [];
  // Rows with errors start skipped: the user sees them and may fix the file instead. Rows of a
  // channel the user left out are skipped by the server.
  const skipped = (r: ImportRow) => r.skipped || (ticked.get(r.line) ?? r.issues.length > 0);
  const skip = new Set(rows.filter(skipped).map((r) => r.line));
  const blocking = rows.filter((r) => r.issues.length > 0 && !skip.has(r.line));
  const toImport = rows.filter((r) => !skip.has(r.line)).length;

  const commit = async () => {
    if (!base64) return;
    setPending(true);
    try {
      const result = await call('calendar.importCsv', {
        clientId: client.id,
        base64,
        skipLines: [...skip],
        // What the preview suggested and the user left as it was is a choice too.
        channelMap: channelMap(
          new Map([
            ...(preview?.channels ?? [])
              .filter((c) => c.match === 'suggested')
              .map((c): [string, string | null] => [c.value, c.channelId]),
            ...choices,
          ]),
        ),
        commit: true,
      });
      await qc.invalidateQueries({ queryKey: keys.posts });
      toasts.show({ title: t('importFile.done', { count: result.created }) });
      onClose();
    } catch (error) {
      setFailure(failureMessages(t, error));
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog
      open
      wide
      onOpenChange={(open) => !open && onClose()}
      title={t('importFile.title')}
      description={t('importFile.description')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            variant="primary"
            disabled={pending || !preview || blocking.length > 0 || toImport === 0}
            onClick={() => void commit()}
          >
            {t('importFile.submit', { count: toImport })}
          </Button>
        </>
      }
    >
      <div className={styles.form}>
        <div className={styles.inline}>
          <label htmlFor={inputId}>{t('importFile.choose')}</label>
          <input
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              const file = e.target.files?.[0];
              // Cleared, so the same file picked again after fixing it is read again.
              e.target.value = '';
              if (file) void read(file);
            }}
          />
        </div>
        <p className={styles.hint}>{t('importFile.columns')}</p>
        {failure && <FormAlert message={failure.join(' ')} />}
        {preview && (
          <>
            {preview.channels.some((c) => c.match !== 'name') && (
              <ChannelMapping fileChannels={preview.channels} channels={channels} onChoose={choose} />
            )}
            <p role="status">
              {blocking.length > 0
                ? t('importFile.blocked', { count: blocking.length })
                : t('importFile.ready', { count: toImport })}
            </p>
            <div className={ts.wrap}>
              <table className={ts.table}>
                <thead>
                  <tr>
                    <th scope="col">{t('importFile.skip')}</th>
                    <th scope="col">{t('importFile.line')}</th>
                    <th scope="col">{t('calendar.list.when')}</th>
                    <th scope="col">{t('calendar.list.channel')}</th>
                    <th scope="col">{t('calendar.list.caption')}</th>
                    <th scope="col">{t('importFile.problems')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.line} data-invalid={row.issues.length > 0 || undefined}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t('importFile.skipLine', { line: row.line })}
                          checked={skip.has(row.line)}
                          disabled={row.skipped}
                          onChange={(e) => setTicked(new Map(ticked).set(row.line, e.target.checked))}
                        />
                      </td>
                      <td className={ts.num}>{row.line}</td>
                      <td className={ts.nowrap}>
                        {row.date} {row.time}
                      </td>
                      <td>{row.channel}</td>
                      <td className={ts.fill}>{row.excerpt}</td>
                      <td className={styles.problems}>
                        {row.issues.map((issue) => (
                          <div key={`${issue.path.join('.')}-${issue.code}`}>
                            {issue.path[0]
                              ? t('importFile.problem', {
                                  column: issue.path[0],
                                  message: issueMessage(t, issue),
                                })
                              : issueMessage(t, issue)}
                          </div>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
    </Dialog>
  );
}
