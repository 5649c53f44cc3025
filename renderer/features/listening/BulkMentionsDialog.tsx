import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Client } from '../../../shared/domain/client.ts';
import { MENTIONS_AT_ONCE_MAX, SENTIMENTS, type Sentiment } from '../../../shared/domain/mention.ts';
import type { Subject } from '../../../shared/domain/mention-subject.ts';
import {
  MENTION_MEANINGS,
  type MentionMapping,
  type MentionMeaning,
} from '../../../shared/listening/mention-meanings.ts';
import { type MentionRow, rowToMention, slashOrder } from '../../../shared/listening/mention-rows.ts';
import type { SubjectHints } from '../../../shared/listening/suggest-subject.ts';
import { NETWORK_IDS, type NetworkId } from '../../../shared/networks.ts';
import { call } from '../../api/call.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { afterSuccess } from '../../api/settle.ts';
import { useCreateMentions, useDeleteMentions } from '../../common/data/listening-queries.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { issueMessage } from '../../i18n/errors.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { DateInput } from '../../ui/DateInput.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { dateCodec } from '../../ui/date-time-text.ts';
import { Field } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import inputs from '../../ui/inputs.module.css';
import { TimeInput } from '../../ui/TimeInput.tsx';
import { type BulkSource, type FileProblem, sourceFromFile, sourceFromPaste } from './bulk-source.ts';
import styles from './Listening.module.css';

/** Enough to check a file by eye; the count says how many more there are. */
const PREVIEW_ROWS = 200;

/**
 * Several mentions at once: a pasted list or a listening tool's file, each line checked and shown
 * before anything is written, the columns mapped when the header says nothing Calepin knows (and the
 * mapping remembered for that tool's next file). All are logged, or none: a line to fix says why.
 */
export function BulkMentionsDialog({
  client,
  now,
  hints,
  onClose,
}: {
  client: Client;
  now: { date: string; time: string };
  hints: SubjectHints;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const create = useCreateMentions();
  const remove = useDeleteMentions();
  const undo = useUndo();
  const [text, setText] = useState('');
  const [file, setFile] = useState<{ name: string; source: BulkSource } | null>(null);
  const [fileProblem, setFileProblem] = useState<{ problem: FileProblem; figure?: number } | null>(null);
  const [mapping, setMapping] = useState<MentionMapping>({});
  const [defaults, setDefaults] = useState({
    date: now.date,
    time: now.time,
    network: 'instagram' as NetworkId,
    sentiment: 'neutral' as Sentiment,
  });
  const [failure, setFailure] = useState<unknown>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const language = useLanguage();
  const dates = dateCodec(language);
  const n = (x: number) => formatNumber(x, language);
  const subjectName = (s: Subject) =>
    s.kind === 'brand'
      ? client.name
      : s.kind === 'topic'
        ? s.topic
        : (hints.competitors.find((c) => c.id === s.competitorId)?.name ?? '');

  const pasted = useMemo(() => sourceFromPaste(text), [text]);
  const source = file?.source ?? pasted;
  // A new source brings its own reading of the columns; the user's changes apply to it after.
  useEffect(() => setMapping(source.mapping), [source]);

  const rows: MentionRow[] = useMemo(() => {
    const dateColumn = Object.entries(mapping).find(([, m]) => m === 'date')?.[0];
    const order = slashOrder(
      dateColumn === undefined ? [] : source.records.map((r) => r.cells[Number(dateColumn)] ?? ''),
    );
    return source.records.map((r) =>
      rowToMention(r.cells, r.line, mapping, { ...defaults, zone: client.timeZone, order }, hints),
    );
  }, [source, mapping, defaults, client.timeZone, hints]);
  // A refusal was about the rows as they were sent: once they change, it says nothing of them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the rows changing is the signal.
  useEffect(() => setFailure(null), [rows]);
  /** The server's refusal, by the place of the row among those sent. */
  const refused = new Map<number, string>();
  if (isRpcFailure(failure))
    for (const issue of failure.issues)
      if (issue.path[0] === 'mentions' && !refused.has(Number(issue.path[1])))
        refused.set(Number(issue.path[1]), issueMessage(t, issue));
  const problemsOf = (row: MentionRow, i: number) => [
    ...row.problems.map((p) => issueMessage(t, { path: [p.field], code: p.code })),
    ...(refused.has(i) ? [refused.get(i) as string] : []),
  ];
  const toFix = rows.filter((r, i) => problemsOf(r, i).length > 0).length;
  // A long file shows its first lines, the ones to fix before all others.
  const shown = rows
    .map((row, i) => ({ row, i, fix: problemsOf(row, i).length > 0 }))
    .sort((a, b) => Number(b.fix) - Number(a.fix) || a.i - b.i)
    .slice(0, PREVIEW_ROWS);
  const tooMany = rows.length > MENTIONS_AT_ONCE_MAX;
  const width = Math.max(source.header?.length ?? 0, ...source.records.map((r) => r.cells.length));

  const readFile = async (chosen: File) => {
    setFailure(null);
    const read = sourceFromFile(new Uint8Array(await chosen.arrayBuffer()));
    if (!read.ok) {
      setFile(null);
      setFileProblem({ problem: read.problem, ...(read.figure !== undefined && { figure: read.figure }) });
      return;
    }
    setFileProblem(null);
    const saved = read.source.signature
      ? await call('mentions.mapping', { signature: read.source.signature })
      : null;
    setFile({ name: chosen.name, source: saved ? { ...read.source, mapping: saved } : read.source });
  };

  const submit = () => {
    if (rows.length === 0 || toFix > 0 || tooMany || create.isPending) return;
    setFailure(null);
    const columns = Object.fromEntries(Object.entries(mapping).filter(([, m]) => m !== undefined)) as Record<
      string,
      MentionMeaning
    >;
    const saving = create.mutateAsync({
      clientId: client.id,
      mentions: rows.map((r) => r.mention),
      ...(file?.source.signature ? { mapping: { signature: file.source.signature, columns } } : {}),
    });
    saving.catch(setFailure);
    afterSuccess(saving, ({ ids }) => {
      onClose();
      undo.changed({
        message: t('listening.bulk.logged', { count: ids.length, formatted: n(ids.length) }),
        undo: () => remove.mutate({ ids }),
      });
    });
  };

  return (
    <Dialog
      open
      wide
      onOpenChange={(open) => !open && onClose()}
      title={t('listening.bulk.title')}
      description={t('listening.bulk.description')}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {t('listening.form.cancel')}
          </Button>
          <Button
            variant="primary"
            disabled={rows.length === 0 || toFix > 0 || tooMany || create.isPending}
            onClick={submit}
          >
            {t('listening.bulk.submit', { count: rows.length, formatted: n(rows.length) })}
          </Button>
        </>
      }
    >
      <div className={styles.bulk}>
        <FormAlert
          message={isRpcFailure(failure) && failure.issues.length === 0 ? t(`errors.${failure.code}`) : null}
        />
        <div className={styles.bulkSources}>
          <Field id={`${id}-paste`} label={t('listening.bulk.paste')} hint={t('listening.bulk.signs')}>
            <textarea
              id={`${id}-paste`}
              aria-describedby={`${id}-paste-hint`}
              className={`${inputs.input} ${styles.bulkText}`}
              rows={5}
              value={text}
              onChange={(e) => {
                setFile(null);
                setFileProblem(null);
                setFailure(null);
                setText(e.target.value);
              }}
            />
          </Field>
          <div className={styles.bulkFile}>
            <input
              ref={fileInput}
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/plain"
              className="visually-hidden"
              tabIndex={-1}
              aria-hidden="true"
              onChange={(e) => {
                const chosen = e.target.files?.[0];
                e.target.value = '';
                if (chosen) void readFile(chosen);
              }}
            />
            <Button onClick={() => fileInput.current?.click()}>{t('listening.bulk.file')}</Button>
            {file && (
              <span className={styles.hint}>{t('listening.bulk.fileChosen', { name: file.name })}</span>
            )}
            {fileProblem && (
              <p className={styles.error} role="alert">
                {t(`listening.bulk.fileProblems.${fileProblem.problem}`, {
                  figure: fileProblem.figure ?? '',
                })}
              </p>
            )}
          </div>
        </div>
        <fieldset className={styles.bulkDefaults}>
          <legend className={styles.label}>{t('listening.bulk.defaults')}</legend>
          <Field id={`${id}-date`} label={t('listening.form.date')}>
            <DateInput
              id={`${id}-date`}
              value={defaults.date}
              onChange={(v) => v && setDefaults((d) => ({ ...d, date: v }))}
            />
          </Field>
          <Field id={`${id}-time`} label={t('listening.form.time')}>
            <TimeInput
              id={`${id}-time`}
              value={defaults.time}
              onChange={(v) => v && setDefaults((d) => ({ ...d, time: v }))}
            />
          </Field>
          <Field id={`${id}-network`} label={t('listening.form.network')}>
            <select
              id={`${id}-network`}
              className={inputs.input}
              value={defaults.network}
              onChange={(e) => setDefaults((d) => ({ ...d, network: e.target.value as NetworkId }))}
            >
              {NETWORK_IDS.map((n) => (
                <option key={n} value={n}>
                  {networkName(t, n)}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${id}-sentiment`} label={t('listening.form.sentiment')}>
            <select
              id={`${id}-sentiment`}
              className={inputs.input}
              value={defaults.sentiment}
              onChange={(e) => setDefaults((d) => ({ ...d, sentiment: e.target.value as Sentiment }))}
            >
              {SENTIMENTS.map((s) => (
                <option key={s} value={s}>
                  {t(`listening.sentiments.${s}`)}
                </option>
              ))}
            </select>
          </Field>
        </fieldset>
        {width > 1 && (
          <fieldset className={styles.bulkColumns}>
            <legend className={styles.label}>{t('listening.bulk.columns')}</legend>
            {Array.from({ length: width }, (_, i) => {
              const label = t('listening.bulk.column', { n: i + 1, header: source.header?.[i] ?? '' });
              return (
                <label key={label} className={styles.bulkColumn}>
                  <span>{label}</span>
                  <select
                    className={inputs.input}
                    value={mapping[i] ?? 'ignore'}
                    onChange={(e) => {
                      const meaning = e.target.value as MentionMeaning | 'ignore';
                      setMapping((m) => {
                        const next: MentionMapping = { ...m };
                        // A meaning is one column's: choosing it here takes it from another.
                        for (const [at, held] of Object.entries(next))
                          if (held === meaning) delete next[Number(at)];
                        if (meaning === 'ignore') delete next[i];
                        else next[i] = meaning;
                        return next;
                      });
                    }}
                  >
                    <option value="ignore">{t('listening.bulk.meanings.ignore')}</option>
                    {MENTION_MEANINGS.map((m) => (
                      <option key={m} value={m}>
                        {t(`listening.bulk.meanings.${m}`)}
                      </option>
                    ))}
                  </select>
                </label>
              );
            })}
          </fieldset>
        )}
        <section aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`} className={styles.label}>
            {t('listening.bulk.preview')}
          </h3>
          {rows.length === 0 ? (
            <p className={styles.hint}>{t('listening.bulk.nothing')}</p>
          ) : (
            <>
              <p className={styles.hint} role="status">
                {t('listening.bulk.ready', { count: rows.length - toFix, formatted: n(rows.length - toFix) })}
                {toFix > 0 && ` · ${t('listening.bulk.toFix', { count: toFix, formatted: n(toFix) })}`}
                {tooMany && ` · ${t('listening.bulk.tooMany', { max: n(MENTIONS_AT_ONCE_MAX) })}`}
              </p>
              <div className={styles.bulkPreview}>
                <table className={styles.termsTable}>
                  <thead>
                    <tr>
                      <th scope="col">{t('listening.bulk.line')}</th>
                      <th scope="col">{t('listening.list.when')}</th>
                      <th scope="col">{t('listening.list.network')}</th>
                      <th scope="col">{t('listening.list.author')}</th>
                      <th scope="col">{t('listening.list.text')}</th>
                      <th scope="col">{t('listening.list.subject')}</th>
                      <th scope="col">{t('listening.list.sentiment')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map(({ row, i }) => {
                      const problems = problemsOf(row, i);
                      return (
                        <tr key={row.line} data-invalid={problems.length > 0 || undefined}>
                          <td>{row.line}</td>
                          <td className={styles.nowrap}>
                            {dates.show(row.mention.date)} {row.mention.time}
                          </td>
                          <td>{networkName(t, row.mention.network)}</td>
                          <td>{row.mention.author}</td>
                          <td>
                            {row.mention.text || row.mention.url}
                            {problems.map((p) => (
                              <span key={p} className={styles.error}>
                                {p}
                              </span>
                            ))}
                          </td>
                          <td>{subjectName(row.mention.subject)}</td>
                          <td>{t(`listening.sentiments.${row.mention.sentiment ?? 'neutral'}`)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
      </div>
    </Dialog>
  );
}
