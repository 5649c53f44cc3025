import type { ParsedInput } from '../../shared/contract.ts';
import type { Segment } from '../../shared/domain/segment.ts';
import { AppError } from '../../shared/errors.ts';
import { getClient } from './clients.ts';
import { type MetaRow, meta, newId } from './row.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

interface SegmentRow extends MetaRow {
  client_id: string;
  name: string;
  description: string;
  places: string;
  ages: string;
  genders: string;
  sectors: string;
  interests: string;
  networks: string;
  active: string;
  size_estimate: number | null;
  notes: string;
}

const toSegment = (r: SegmentRow): Segment => ({
  ...meta(r),
  clientId: r.client_id,
  name: r.name,
  description: r.description,
  places: JSON.parse(r.places),
  ages: JSON.parse(r.ages),
  genders: JSON.parse(r.genders),
  sectors: JSON.parse(r.sectors),
  interests: JSON.parse(r.interests),
  networks: JSON.parse(r.networks),
  active: JSON.parse(r.active),
  sizeEstimate: r.size_estimate,
  notes: r.notes,
});

/** The lists are stored as JSON: they are only ever read and written whole, with their segment. */
const JSON_FIELDS = ['places', 'ages', 'genders', 'sectors', 'interests', 'networks', 'active'] as const;

function toParams(s: Omit<Segment, keyof MetaRow | 'clientId' | 'createdAt' | 'updatedAt' | 'deletedAt'>) {
  const params: Record<string, unknown> = {
    name: s.name,
    description: s.description,
    sizeEstimate: s.sizeEstimate,
    notes: s.notes,
  };
  for (const f of JSON_FIELDS) params[f] = JSON.stringify(s[f]);
  return params;
}

export function listSegments(db: Db, clientId: string): Segment[] {
  getClient(db, clientId);
  return stmt<[string], SegmentRow>(
    db,
    'SELECT * FROM segments WHERE client_id = ? AND deleted_at IS NULL ORDER BY name COLLATE NOCASE, id',
  )
    .all(clientId)
    .map(toSegment);
}

export function getSegment(db: Db, id: string): Segment {
  const row = stmt<[string], SegmentRow>(
    db,
    `SELECT s.* FROM segments s JOIN clients c ON c.id = s.client_id
     WHERE s.id = ? AND s.deleted_at IS NULL AND c.deleted_at IS NULL`,
  ).get(id);
  if (!row) throw new AppError('not_found', `No segment with id ${id}`);
  return toSegment(row);
}

export function createSegment(db: Db, input: ParsedInput<'segments.create'>, now: string): Segment {
  getClient(db, input.clientId);
  const id = newId();
  stmt(
    db,
    `INSERT INTO segments (id, client_id, name, description, places, ages, genders, sectors, interests, networks,
       active, size_estimate, notes, created_at, updated_at)
     VALUES (@id, @clientId, @name, @description, @places, @ages, @genders, @sectors, @interests, @networks,
       @active, @sizeEstimate, @notes, @now, @now)`,
  ).run({ ...toParams(input), id, clientId: input.clientId, now });
  return getSegment(db, id);
}

export function updateSegment(db: Db, input: ParsedInput<'segments.update'>, now: string): Segment {
  const current = getSegment(db, input.id);
  const next = {
    ...current,
    ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
  };
  stmt(
    db,
    `UPDATE segments SET name = @name, description = @description, places = @places, ages = @ages,
       genders = @genders, sectors = @sectors, interests = @interests, networks = @networks, active = @active,
       size_estimate = @sizeEstimate, notes = @notes, updated_at = @now
     WHERE id = @id`,
  ).run({ ...toParams(next), id: current.id, now });
  return getSegment(db, current.id);
}

const collator = new Intl.Collator('fr');

/**
 * Every interest and sector the client's segments use, for autocomplete, in alphabetical order. Tags
 * are folded the way a segment folds its own (`toLocaleLowerCase`, which SQLite's ASCII-only `lower`
 * is not: "Écologie" and "écologie" are one tag); the spelling of the oldest segment wins.
 */
export function segmentTags(db: Db, clientId: string): { interests: string[]; sectors: string[] } {
  getClient(db, clientId);
  const tags = (column: 'interests' | 'sectors') => {
    const rows = stmt<[string], { tag: string }>(
      db,
      `SELECT j.value AS tag FROM segments s, json_each(s.${column}) j
       WHERE s.client_id = ? AND s.deleted_at IS NULL
       ORDER BY s.created_at, s.id, j.key`,
    ).all(clientId);
    const byKey = new Map<string, string>();
    for (const { tag } of rows) {
      const key = tag.toLocaleLowerCase('fr');
      if (!byKey.has(key)) byKey.set(key, tag);
    }
    return [...byKey.values()].sort(collator.compare);
  };
  return { interests: tags('interests'), sectors: tags('sectors') };
}
