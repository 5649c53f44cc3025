import { useEffect, useId, useRef, useState } from 'react';
import { addDays, isIsoDate } from '../../../shared/calendar/dates.ts';
import { AUDIT_QUESTIONS, type Audit, type AuditQuestion } from '../../../shared/domain/audit.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { explainFailure } from '../../common/format/explain-failure.ts';
import type { SaveState } from '../../common/hooks/autosave.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { DateInput } from '../../ui/DateInput.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import inputs from '../../ui/inputs.module.css';
import { useToasts } from '../../ui/toast-context.ts';
import { ActionsSection, type MakeKind } from './ActionsSection.tsx';
import styles from './AuditView.module.css';
import { type ActionDraft, type AnswerDraft, titleSendable } from './audit-draft.ts';
import { auditLabel, keptPeriodIssue, lastDayOf, rangeLabel } from './audit-period.ts';
import { auditHref } from './audit-route.ts';
import { MakeDialog } from './MakeDialogs.tsx';
import { BasisSelect } from './NewAuditDialog.tsx';
import { QuestionCard } from './QuestionCard.tsx';
import { useAudit, useAuditFigures } from './queries.ts';
import { type AuditAutosave, useAuditAutosave } from './use-audit-autosave.ts';
import { useDeleteAuditWithUndo } from './use-delete-audit.ts';

/**
 * Once a "Make it…" dialog closes, the keyboard goes back to its action's row: to what the action
 * became (a link) when it was made, else to its "Make it…" button, else to its words.
 */
function focusAction(key: string) {
  requestAnimationFrame(() => {
    const row = document.querySelector(`[data-action-key="${CSS.escape(key)}"]`);
    const target =
      row?.querySelector<HTMLElement>('a[href]') ??
      row?.querySelector<HTMLElement>('button[aria-haspopup="menu"]') ??
      row?.querySelector<HTMLElement>('input');
    target?.focus();
  });
}

let newKeys = 0;
const newKey = () => {
  newKeys += 1;
  return `new-${newKeys}`;
};

function SaveStatus({ state, failure }: { state: SaveState; failure: unknown }) {
  const { t } = useTranslation();
  const text =
    state === 'failed'
      ? t('audit.status.failed', { reason: explainFailure(t, failure) })
      : state === 'pending' || state === 'saving'
        ? t('audit.status.saving')
        : state === 'saved'
          ? t('audit.status.saved')
          : '';
  return (
    <span className={styles.status} role="status" data-state={state}>
      {text}
    </span>
  );
}

/** The audit's title, period and basis, folded away: set once when it was started, rarely changed. */
function Details({ client, autosave }: { client: Client; autosave: AuditAutosave }) {
  const { t } = useTranslation();
  const base = useId();
  const { draft, change } = autosave;
  const issue = keptPeriodIssue(draft.from, draft.to);
  const lastError = issue && issue !== 'invalidDate' ? t(`issues.${issue}`) : undefined;
  const titleError = titleSendable(draft.title) ? undefined : t('issues.bidiControl');
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>{t('audit.details.summary')}</summary>
      <div className={styles.detailsBody}>
        <Field id={`${base}-title`} label={t('audit.start.title')} error={titleError}>
          <input
            {...controlProps(`${base}-title`, undefined, titleError)}
            className={inputs.input}
            maxLength={80}
            value={draft.title}
            onChange={(e) => change((d) => ({ ...d, title: e.target.value }))}
          />
        </Field>
        <Field id={`${base}-from`} label={t('audit.start.from')}>
          <DateInput
            id={`${base}-from`}
            className={inputs.input}
            value={draft.from}
            onChange={(day) => change((d) => ({ ...d, from: day }))}
          />
        </Field>
        <Field id={`${base}-last`} label={t('audit.start.last')} error={lastError}>
          <DateInput
            {...controlProps(`${base}-last`, undefined, lastError)}
            className={inputs.input}
            value={isIsoDate(draft.to) ? lastDayOf(draft.to) : ''}
            onChange={(day) => change((d) => ({ ...d, to: day === '' ? '' : addDays(day, 1) }))}
          />
        </Field>
        <Field id={`${base}-basis`} label={t('audit.start.basis')}>
          <BasisSelect
            id={`${base}-basis`}
            value={draft.basis ?? ''}
            clientBasis={client.engagementBasis}
            onChange={(b) => change((d) => ({ ...d, basis: b || null }), { now: true })}
          />
        </Field>
      </div>
    </details>
  );
}

function AuditEditor({ client, audit, today }: { client: Client; audit: Audit; today: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const undo = useUndo();
  const toasts = useToasts();
  const deleteAudit = useDeleteAuditWithUndo();
  const autosave = useAuditAutosave(audit);
  const { draft, change } = autosave;
  const [making, setMaking] = useState<{
    key: string;
    actionId: string;
    text: string;
    kind: MakeKind;
  } | null>(null);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from the list or a dialog, whose button is gone: the keyboard starts at the audit's title.
  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body) heading.current?.focus();
  }, []);

  // Calepin's answers follow the period as typed once it reads; until then, the one saved.
  const period = keptPeriodIssue(draft.from, draft.to) === null ? draft : audit;
  const figures = useAuditFigures({
    clientId: client.id,
    from: period.from,
    to: period.to,
    ...(draft.basis ? { basis: draft.basis } : {}),
  }).data;
  const basis = figures?.basis ?? draft.basis ?? client.engagementBasis;
  const label = auditLabel({ ...period, title: draft.title }, language);
  const scored = draft.answers.filter((a) => a.score !== null).length;
  const done = draft.actions.filter((a) => a.became).length;

  const setAnswer = (q: AuditQuestion, patch: Partial<AnswerDraft>, now = false) =>
    change((d) => ({ ...d, answers: d.answers.map((a, i) => (i === q - 1 ? { ...a, ...patch } : a)) }), {
      now,
    });
  const setAction = (key: string, patch: Partial<ActionDraft>, now = false) =>
    change((d) => ({ ...d, actions: d.actions.map((a) => (a.key === key ? { ...a, ...patch } : a)) }), {
      now,
    });

  const removeAction = (key: string) => {
    const at = draft.actions.findIndex((a) => a.key === key);
    const removed = draft.actions[at];
    if (!removed) return;
    change((d) => ({ ...d, actions: d.actions.filter((a) => a.key !== key) }), { now: true });
    undo.changed({
      message: t('audit.actions.removed', { text: removed.text.trim() || '…' }),
      // It comes back at its place with what it became: the file keeps an action taken off the list.
      undo: () =>
        change(
          (d) => {
            const back: ActionDraft = { ...removed, key: newKey() };
            return { ...d, actions: [...d.actions.slice(0, at), back, ...d.actions.slice(at)] };
          },
          { now: true },
        ),
    });
  };

  const make = async (key: string, kind: MakeKind) => {
    // A new action gets its id from the server first.
    await autosave.flush();
    const action = autosave.current().actions.find((a) => a.key === key);
    if (action?.id) setMaking({ key, actionId: action.id, text: action.text.trim(), kind });
  };

  const remove = async () => {
    await autosave.flush();
    // Back to the list first: the audit's own query would only find it gone.
    window.location.hash = auditHref(client.id, { name: 'list' });
    deleteAudit(audit, label);
  };

  return (
    <article className={styles.audit} aria-labelledby={titleId}>
      <div className={styles.bar}>
        <a className={styles.back} href={auditHref(client.id, { name: 'list' })}>
          <span aria-hidden="true">← </span>
          {t('audit.back')}
        </a>
        <SaveStatus state={autosave.state} failure={autosave.failure} />
        <label className={`${inputs.check} ${styles.finished}`}>
          <input
            type="checkbox"
            checked={draft.finished}
            onChange={(e) => change((d) => ({ ...d, finished: e.target.checked }), { now: true })}
          />
          {t('audit.finished')}
        </label>
        <Button variant="dangerGhost" size="small" onClick={() => void remove()}>
          {t('audit.delete')}
        </Button>
      </div>
      <header className={styles.head}>
        <h2 ref={heading} id={titleId} className={styles.title} tabIndex={-1}>
          {label}
        </h2>
        <p className={styles.facts}>
          {[
            draft.title.trim() ? rangeLabel(period, language) : null,
            t('audit.rankedBy', { basis: t(`kpis.bases.${basis}`) }),
            t('audit.scored', { count: scored }),
            draft.actions.length > 0 ? t('audit.actions.done', { count: draft.actions.length, done }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <Details client={client} autosave={autosave} />
      </header>
      <p className={styles.intro}>{t('audit.howItWorks')}</p>
      <div className={styles.cards}>
        {AUDIT_QUESTIONS.map((q) => (
          <QuestionCard
            key={q}
            question={q}
            answer={draft.answers[q - 1] ?? { score: null, notes: '' }}
            figures={figures}
            clientId={client.id}
            timeZone={client.timeZone}
            onScore={(score) => setAnswer(q, { score }, true)}
            onNotes={(notes) => setAnswer(q, { notes })}
          />
        ))}
      </div>
      <ActionsSection
        actions={draft.actions}
        clientId={client.id}
        timeZone={client.timeZone}
        onAdd={(text, question) =>
          change(
            (d) => ({
              ...d,
              actions: [...d.actions, { key: newKey(), id: null, text, question, became: null }],
            }),
            { now: true },
          )
        }
        onText={(key, text) => setAction(key, { text })}
        onQuestion={(key, question) => setAction(key, { question }, true)}
        onRemove={removeAction}
        onMake={(key, kind) => void make(key, kind)}
      />
      {making && (
        <MakeDialog
          kind={making.kind}
          actionId={making.actionId}
          text={making.text}
          clientId={client.id}
          today={today}
          figures={figures}
          onClose={() => {
            setMaking(null);
            focusAction(making.key);
          }}
          onMade={(stored) => {
            autosave.adopt(stored);
            toasts.show({ title: t(`audit.make.${making.kind}.done`) });
          }}
        />
      )}
    </article>
  );
}

/** One audit, loaded, then edited in place; an audit that is gone (trashed elsewhere) says so. */
export function AuditView({ client, auditId, today }: { client: Client; auditId: string; today: string }) {
  const { t } = useTranslation();
  const query = useAudit(auditId);
  if (query.data) return <AuditEditor key={query.data.id} client={client} audit={query.data} today={today} />;
  if (query.isError)
    return (
      <div className={styles.gone}>
        <p>
          {isRpcFailure(query.error) && query.error.code === 'not_found'
            ? t('audit.gone')
            : explainFailure(t, query.error)}
        </p>
        <a href={auditHref(client.id, { name: 'list' })}>{t('audit.back')}</a>
      </div>
    );
  return null;
}
