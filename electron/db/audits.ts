import { DASHBOARD_DAYS_MAX, daysAtMost } from '../../shared/calendar/range.ts';
import type { ParsedInput } from '../../shared/contract.ts';
import {
  type ActionOutcome,
  AUDIT_QUESTIONS,
  type Audit,
  type AuditAction,
  type AuditAnswer,
  type AuditQuestion,
  type AuditSummary,
} from '../../shared/domain/audit.ts';
import { AppError } from '../../shared/errors.ts';
import type { EngagementBasis } from '../../shared/kpi/formulas.ts';
import { requireClient } from './clients.ts';
import { type MetaRow, meta, newId } from './row.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

interface AuditRow extends MetaRow {
  client_id: string;
  title: string;
  period_from: string;
  period_to: string;
  basis: EngagementBasis | null;
  finished_at: string | null;
}

interface AnswerRow {
  audit_id: string;
  question: AuditQuestion;
  score: number | null;
  notes: string;
}

interface ActionRow {
  id: string;
  audit_id: string;
  question: AuditQuestion | null;
  text: string;
  objective_id: string | null;
  pillar_id: string | null;
  post_id: string | null;
}

const toHeader = (r: AuditRow) => ({
  ...meta(r),
  clientId: r.client_id,
  title: r.title,
  from: r.period_from,
  to: r.period_to,
  basis: r.basis,
  finishedAt: r.finished_at,
});

/**
 * What an action became, while that thing is live: an objective, pillar or post in the trash (or on
 * a trashed channel) is not one the user can follow, and the action reads as still to do.
 */
const BECAME = `
  CASE WHEN o.id IS NOT NULL THEN 'objective' WHEN l.id IS NOT NULL THEN 'pillar' WHEN p.id IS NOT NULL THEN 'post' END
    AS became_kind,
  coalesce(o.id, l.id, p.id) AS became_id`;
const BECAME_JOINS = `
  LEFT JOIN objectives o ON o.id = a.objective_id AND o.deleted_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM channels h WHERE h.id = o.channel_id AND h.deleted_at IS NOT NULL)
  LEFT JOIN pillars l ON l.id = a.pillar_id AND l.deleted_at IS NULL
  LEFT JOIN posts p ON p.id = a.post_id AND p.deleted_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM channels h WHERE h.id = p.channel_id AND h.deleted_at IS NOT NULL)`;

type ActionWithOutcome = ActionRow & { became_kind: ActionOutcome['kind'] | null; became_id: string | null };

const toAction = (r: ActionWithOutcome): AuditAction => ({
  id: r.id,
  question: r.question,
  text: r.text,
  became: r.became_kind && r.became_id ? { kind: r.became_kind, id: r.became_id } : null,
});

function answersOf(db: Db, auditIds: readonly string[]): Map<string, AuditAnswer[]> {
  const rows = stmt<[string], AnswerRow>(
    db,
    'SELECT * FROM audit_answers WHERE audit_id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(auditIds));
  const byAudit = new Map<string, Map<number, AnswerRow>>();
  for (const r of rows) byAudit.set(r.audit_id, (byAudit.get(r.audit_id) ?? new Map()).set(r.question, r));
  return new Map(
    auditIds.map((id) => {
      const given = byAudit.get(id);
      return [
        id,
        AUDIT_QUESTIONS.map((question) => {
          const r = given?.get(question);
          return { question, score: r?.score ?? null, notes: r?.notes ?? '' };
        }),
      ];
    }),
  );
}

function actionsOf(db: Db, auditIds: readonly string[]): Map<string, AuditAction[]> {
  const rows = stmt<[string], ActionWithOutcome>(
    db,
    `SELECT a.*, ${BECAME} FROM audit_actions a ${BECAME_JOINS}
     WHERE a.audit_id IN (SELECT value FROM json_each(?)) AND a.deleted_at IS NULL
     ORDER BY a.audit_id, a.position`,
  ).all(JSON.stringify(auditIds));
  const byAudit = new Map<string, AuditAction[]>();
  for (const r of rows) byAudit.set(r.audit_id, [...(byAudit.get(r.audit_id) ?? []), toAction(r)]);
  return byAudit;
}

function liveRow(db: Db, id: string): AuditRow {
  const row = stmt<[string], AuditRow>(db, 'SELECT * FROM audits WHERE id = ? AND deleted_at IS NULL').get(
    id,
  );
  if (!row) throw new AppError('not_found', `No audit with id ${id}`);
  requireClient(db, row.client_id);
  return row;
}

export function getAudit(db: Db, id: string): Audit {
  const row = liveRow(db, id);
  return {
    ...toHeader(row),
    answers: answersOf(db, [id]).get(id) ?? [],
    actions: actionsOf(db, [id]).get(id) ?? [],
  };
}

/** A client's audits, newest period first, with their scores side by side. */
export function listAudits(db: Db, clientId: string): AuditSummary[] {
  requireClient(db, clientId);
  const rows = stmt<[string], AuditRow>(
    db,
    `SELECT * FROM audits WHERE client_id = ? AND deleted_at IS NULL
     ORDER BY period_to DESC, period_from DESC, created_at DESC`,
  ).all(clientId);
  const ids = rows.map((r) => r.id);
  const answers = answersOf(db, ids);
  const actions = actionsOf(db, ids);
  return rows.map((r) => {
    const list = actions.get(r.id) ?? [];
    return {
      ...toHeader(r),
      scores: (answers.get(r.id) ?? []).map((a) => a.score),
      actions: list.length,
      actionsDone: list.filter((a) => a.became !== null).length,
    };
  });
}

export function createAudit(db: Db, input: ParsedInput<'audits.create'>, now: string): Audit {
  requireClient(db, input.clientId);
  const id = newId();
  stmt(
    db,
    `INSERT INTO audits (id, client_id, title, period_from, period_to, basis, created_at, updated_at)
     VALUES (@id, @clientId, @title, @from, @to, @basis, @now, @now)`,
  ).run({
    id,
    clientId: input.clientId,
    title: input.title,
    from: input.from,
    to: input.to,
    basis: input.basis,
    now,
  });
  return getAudit(db, id);
}

type AnswerPatch = NonNullable<ParsedInput<'audits.update'>['answers']>[number];

function writeAnswer(db: Db, auditId: string, a: AnswerPatch, now: string): void {
  stmt(
    db,
    `INSERT INTO audit_answers (audit_id, question, score, notes, updated_at)
     VALUES (@auditId, @question, @score, @notes, @now)
     ON CONFLICT (audit_id, question) DO UPDATE SET
       score = CASE WHEN @keepScore THEN score ELSE excluded.score END,
       notes = CASE WHEN @keepNotes THEN notes ELSE excluded.notes END,
       updated_at = excluded.updated_at`,
  ).run({
    auditId,
    question: a.question,
    score: a.score ?? null,
    notes: a.notes ?? '',
    keepScore: a.score === undefined ? 1 : 0,
    keepNotes: a.notes === undefined ? 1 : 0,
    now,
  });
}

type ActionInput = NonNullable<ParsedInput<'audits.update'>['actions']>[number];

/**
 * Writes the list as given: kept actions (by id) updated in place, new ones added, the others taken
 * off the list. One taken off earlier and named again by its id comes back with what it became.
 */
function writeActions(db: Db, auditId: string, actions: ActionInput[], now: string): void {
  const existing = new Map(
    stmt<[string], { id: string; deleted_at: string | null }>(
      db,
      'SELECT id, deleted_at FROM audit_actions WHERE audit_id = ?',
    )
      .all(auditId)
      .map((r) => [r.id, r.deleted_at]),
  );
  const kept = new Set<string>();
  actions.forEach((a, position) => {
    if (a.id !== undefined && (!existing.has(a.id) || kept.has(a.id)))
      throw new AppError('invalid_input', `Action ${a.id} is not one of this audit's`, [
        { path: ['actions', String(position), 'id'], code: 'invalidId' },
      ]);
    if (a.id !== undefined) {
      kept.add(a.id);
      stmt(
        db,
        `UPDATE audit_actions SET question = @question, text = @text, position = @position, deleted_at = NULL,
           updated_at = @now WHERE id = @id`,
      ).run({ id: a.id, question: a.question, text: a.text, position, now });
    } else
      stmt(
        db,
        `INSERT INTO audit_actions (id, audit_id, position, question, text, created_at, updated_at)
         VALUES (@id, @auditId, @position, @question, @text, @now, @now)`,
      ).run({ id: newId(), auditId, position, question: a.question, text: a.text, now });
  });
  for (const [id, deletedAt] of existing)
    if (!kept.has(id) && deletedAt === null)
      stmt(db, 'UPDATE audit_actions SET deleted_at = @now, updated_at = @now WHERE id = @id').run({
        id,
        now,
      });
}

export function updateAudit(db: Db, input: ParsedInput<'audits.update'>, now: string): Audit {
  const row = liveRow(db, input.id);
  const from = input.from ?? row.period_from;
  const to = input.to ?? row.period_to;
  // The side given is the one to correct (both given were checked by the schema).
  const side = input.to === undefined ? 'from' : 'to';
  if (!(from < to))
    throw new AppError('invalid_input', 'The period ends before it starts', [
      { path: [side], code: 'rangeEmpty' },
    ]);
  if (!daysAtMost(from, to, DASHBOARD_DAYS_MAX))
    throw new AppError('invalid_input', 'The period is longer than an audit reads', [
      { path: [side], code: 'dashboardTooLong' },
    ]);
  const finishedAt =
    input.finished === undefined ? row.finished_at : input.finished ? (row.finished_at ?? now) : null;
  stmt(
    db,
    `UPDATE audits SET title = @title, period_from = @from, period_to = @to, basis = @basis,
       finished_at = @finishedAt, updated_at = @now WHERE id = @id`,
  ).run({
    id: row.id,
    title: input.title ?? row.title,
    from,
    to,
    basis: input.basis === undefined ? row.basis : input.basis,
    finishedAt,
    now,
  });
  for (const a of input.answers ?? []) writeAnswer(db, row.id, a, now);
  if (input.actions) writeActions(db, row.id, input.actions, now);
  return getAudit(db, row.id);
}

/** The action and its audit's client, or not_found. */
export function auditAction(db: Db, actionId: string): { action: ActionRow; clientId: string } {
  const action = stmt<[string], ActionRow>(
    db,
    'SELECT * FROM audit_actions WHERE id = ? AND deleted_at IS NULL',
  ).get(actionId);
  if (!action) throw new AppError('not_found', `No audit action with id ${actionId}`);
  return { action, clientId: liveRow(db, action.audit_id).client_id };
}

const OUTCOME_COLUMN = { objective: 'objective_id', pillar: 'pillar_id', post: 'post_id' } as const;

/** Records what the action became; whatever it became before is forgotten (it stays what it is). */
export function setActionOutcome(db: Db, actionId: string, outcome: ActionOutcome, now: string): void {
  stmt(
    db,
    `UPDATE audit_actions SET objective_id = NULL, pillar_id = NULL, post_id = NULL,
       ${OUTCOME_COLUMN[outcome.kind]} = @id, updated_at = @now WHERE id = @actionId`,
  ).run({ id: outcome.id, actionId, now });
}
