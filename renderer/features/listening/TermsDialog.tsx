import { useId, useState } from 'react';
import type { Subject, WatchedTerm } from '../../../shared/domain/mention-subject.ts';
import { TAG_MAX } from '../../../shared/domain/tags.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { useSetWatchedTerms } from '../../common/data/listening-queries.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { issueMessage } from '../../i18n/errors.ts';
import { Button } from '../../ui/Button.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import inputs from '../../ui/inputs.module.css';
import { useServerForm } from '../../ui/use-server-form.ts';
import styles from './Listening.module.css';

/** A term as edited: what it points to is `brand`, a competitor's id, or `topic` with its name. */
interface TermRow {
  key: number;
  term: string;
  points: string;
  topic: string;
}

const rowOf = (t: WatchedTerm, key: number): TermRow => ({
  key,
  term: t.term,
  points: t.subject.kind === 'competitor' ? t.subject.competitorId : t.subject.kind,
  topic: t.subject.kind === 'topic' ? t.subject.topic : '',
});

/** A topic named after its term when the user gave it no name: "#bookstagram" is about Bookstagram. */
const topicOf = (row: TermRow) => row.topic.trim() || row.term.trim().replace(/^#+/, '');

function subjectOf(row: TermRow): Subject {
  if (row.points === 'brand') return { kind: 'brand' };
  if (row.points === 'topic') return { kind: 'topic', topic: topicOf(row) };
  return { kind: 'competitor', competitorId: row.points };
}

export function TermsDialog({
  clientId,
  clientName,
  terms,
  competitors,
  onClose,
}: {
  clientId: string;
  clientName: string;
  terms: readonly WatchedTerm[];
  competitors: readonly { id: string; name: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSetWatchedTerms();
  const undo = useUndo();
  return (
    <FormDialog
      wide
      title={t('listening.terms.title')}
      description={t('listening.terms.description')}
      submitLabel={t('listening.terms.save')}
      onClose={onClose}
    >
      {(wiring) => (
        <TermsForm
          {...wiring}
          clientName={clientName}
          terms={terms}
          competitors={competitors}
          onSubmit={async (rows: TermRow[]) => {
            const kept = rows.filter((r) => r.term.trim() !== '');
            await save.mutateAsync({
              clientId,
              terms: kept.map((r) => ({ term: r.term, subject: subjectOf(r) })),
            });
            onClose();
            // The list from before, written back whole.
            undo.changed({
              message: t('listening.terms.saved'),
              undo: () =>
                save.mutate({ clientId, terms: terms.map((w) => ({ term: w.term, subject: w.subject })) }),
            });
          }}
        />
      )}
    </FormDialog>
  );
}

function TermsForm({
  formId,
  clientName,
  terms,
  competitors,
  onSubmit,
  ...wiring
}: {
  formId: string;
  clientName: string;
  terms: readonly WatchedTerm[];
  competitors: readonly { id: string; name: string }[];
  onSubmit: (rows: TermRow[]) => Promise<unknown>;
  onPendingChange?: (pending: boolean) => void;
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const base = useId();
  const [next, setNext] = useState(terms.length);
  const [failure, setFailure] = useState<unknown>(null);
  const { values, setValues, submit, formRef, invalid } = useServerForm({
    initial: () => ({ rows: terms.map(rowOf) }),
    ...wiring,
    onSubmit: async (v) => {
      setFailure(null);
      try {
        await onSubmit(v.rows);
      } catch (error) {
        setFailure(error);
        throw error;
      }
    },
  });
  const rows = values.rows;
  const setRow = (key: number, patch: Partial<TermRow>) =>
    setValues((v) => ({ rows: v.rows.map((r) => (r.key === key ? { ...r, ...patch } : r)) }));
  /** The refusal of a row, by its place among the rows sent (blank ones are not sent). */
  const sent = rows.filter((r) => r.term.trim() !== '');
  const rowError = (row: TermRow) => {
    if (!isRpcFailure(failure)) return undefined;
    const issue = failure.issues.find(
      (i) => i.path[0] === 'terms' && sent[Number(i.path[1])]?.key === row.key,
    );
    return issue ? issueMessage(t, issue) : undefined;
  };

  return (
    <form ref={formRef} id={formId} onSubmit={submit} noValidate className={styles.termsForm}>
      <FormAlert message={invalid ? t('errors.invalid_input') : null} />
      {rows.length === 0 && <p className={styles.hint}>{t('listening.terms.none')}</p>}
      {rows.length > 0 && (
        <table className={styles.termsTable}>
          <thead>
            <tr>
              <th scope="col">{t('listening.terms.term')}</th>
              <th scope="col">{t('listening.terms.subject')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('listening.terms.topicName')}</span>
              </th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const error = rowError(row);
              const errorId = `${base}-${row.key}-error`;
              return (
                <tr key={row.key}>
                  <td>
                    <input
                      className={inputs.input}
                      aria-label={t('listening.terms.term')}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? errorId : undefined}
                      maxLength={TAG_MAX}
                      value={row.term}
                      onChange={(e) => setRow(row.key, { term: e.target.value })}
                    />
                    {error && (
                      <span id={errorId} className={styles.error}>
                        {error}
                      </span>
                    )}
                  </td>
                  <td>
                    <select
                      className={inputs.input}
                      aria-label={t('listening.terms.subject')}
                      value={row.points}
                      onChange={(e) => setRow(row.key, { points: e.target.value })}
                    >
                      <option value="brand">
                        {t('listening.subjects.brand')} — {clientName}
                      </option>
                      {competitors.length > 0 && (
                        <optgroup label={t('listening.subjects.competitors')}>
                          {competitors.map((c) => (
                            <option key={c.id} value={c.id}>
                              {c.name}
                            </option>
                          ))}
                        </optgroup>
                      )}
                      <option value="topic">{t('listening.terms.newTopic')}</option>
                    </select>
                  </td>
                  <td>
                    {row.points === 'topic' && (
                      <input
                        className={inputs.input}
                        aria-label={t('listening.terms.topicName')}
                        placeholder={topicOf(row) || t('listening.terms.topicName')}
                        maxLength={TAG_MAX}
                        value={row.topic}
                        onChange={(e) => setRow(row.key, { topic: e.target.value })}
                      />
                    )}
                  </td>
                  <td>
                    <Button
                      variant="ghost"
                      size="small"
                      aria-label={t('listening.terms.remove', { term: row.term })}
                      onClick={() => setValues((v) => ({ rows: v.rows.filter((r) => r.key !== row.key) }))}
                    >
                      ✕
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <Button
        onClick={() => {
          setValues((v) => ({ rows: [...v.rows, { key: next, term: '', points: 'brand', topic: '' }] }));
          setNext(next + 1);
        }}
      >
        {t('listening.terms.add')}
      </Button>
    </form>
  );
}
