import type { ParsedInput } from '../../shared/contract.ts';
import { type Objective, objectiveIssues } from '../../shared/domain/objective.ts';
import { AppError } from '../../shared/errors.ts';
import { getChannel } from './channels.ts';
import { getClient } from './clients.ts';
import { type MetaRow, meta, newId } from './row.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

interface ObjectiveRow extends MetaRow {
  client_id: string;
  channel_id: string | null;
  title: string;
  kpi: Objective['kpi'];
  baseline: number;
  target: number;
  goal: Objective['goal'];
  why: string;
  start_on: string;
  deadline: string;
}

const toObjective = (r: ObjectiveRow): Objective => ({
  ...meta(r),
  clientId: r.client_id,
  channelId: r.channel_id,
  title: r.title,
  kpi: r.kpi,
  baseline: r.baseline,
  target: r.target,
  goal: r.goal,
  why: r.why,
  startOn: r.start_on,
  deadline: r.deadline,
});

export function listObjectives(db: Db, clientId: string): Objective[] {
  getClient(db, clientId);
  return stmt<[string], ObjectiveRow>(
    db,
    `SELECT o.* FROM objectives o LEFT JOIN channels h ON h.id = o.channel_id
     WHERE o.client_id = ? AND o.deleted_at IS NULL AND (o.channel_id IS NULL OR h.deleted_at IS NULL)
     ORDER BY o.deadline, o.title COLLATE NOCASE, o.id`,
  )
    .all(clientId)
    .map(toObjective);
}

export function getObjective(db: Db, id: string): Objective {
  const row = stmt<[string], ObjectiveRow>(
    db,
    `SELECT o.* FROM objectives o JOIN clients c ON c.id = o.client_id AND c.deleted_at IS NULL
     LEFT JOIN channels h ON h.id = o.channel_id
     WHERE o.id = ? AND o.deleted_at IS NULL AND (o.channel_id IS NULL OR h.deleted_at IS NULL)`,
  ).get(id);
  if (!row) throw new AppError('not_found', `No objective with id ${id}`);
  return toObjective(row);
}

function checkChannel(db: Db, clientId: string, channelId: string | null) {
  if (channelId && getChannel(db, channelId).clientId !== clientId)
    throw new AppError('invalid_input', 'The channel belongs to another client', [
      { path: ['channelId'], code: 'otherClient' },
    ]);
}

const WRITE_COLUMNS = `channel_id = @channelId, title = @title, kpi = @kpi, baseline = @baseline, target = @target,
  goal = @goal, why = @why, start_on = @startOn, deadline = @deadline, updated_at = @now`;

export function createObjective(db: Db, input: ParsedInput<'objectives.create'>, now: string): Objective {
  getClient(db, input.clientId);
  checkChannel(db, input.clientId, input.channelId);
  const id = newId();
  stmt(
    db,
    `INSERT INTO objectives (id, client_id, channel_id, title, kpi, baseline, target, goal, why, start_on, deadline,
       created_at, updated_at)
     VALUES (@id, @clientId, @channelId, @title, @kpi, @baseline, @target, @goal, @why, @startOn, @deadline, @now, @now)`,
  ).run({ ...input, id, now });
  return getObjective(db, id);
}

export function updateObjective(db: Db, input: ParsedInput<'objectives.update'>, now: string): Objective {
  const current = getObjective(db, input.id);
  const next = {
    ...current,
    ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
  };
  // Two-field rules are checked on the merged objective: a new deadline against the stored start.
  const issues = objectiveIssues(next);
  if (issues.length > 0) throw new AppError('invalid_input', 'The objective is not consistent', issues);
  checkChannel(db, current.clientId, next.channelId);
  stmt(db, `UPDATE objectives SET ${WRITE_COLUMNS} WHERE id = @id`).run({ ...next, now });
  return getObjective(db, current.id);
}
