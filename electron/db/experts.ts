import type { ParsedInput } from '../../shared/contract.ts';
import type { Expert } from '../../shared/domain/expert.ts';
import { AppError } from '../../shared/errors.ts';
import type { NetworkId } from '../../shared/networks.ts';
import { type MetaRow, meta, newId } from './row.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

interface ExpertRow extends MetaRow {
  name: string;
  topic: string;
  network: NetworkId | null;
  url: string;
  why: string;
}

const toExpert = (r: ExpertRow): Expert => ({
  ...meta(r),
  name: r.name,
  topic: r.topic,
  network: r.network,
  url: r.url,
  why: r.why,
});

/** Every expert, by topic then name: the list is the user's, not a client's. */
export function listExperts(db: Db): Expert[] {
  return stmt<[], ExpertRow>(
    db,
    'SELECT * FROM experts WHERE deleted_at IS NULL ORDER BY topic COLLATE NOCASE, name COLLATE NOCASE, id',
  )
    .all()
    .map(toExpert);
}

export function getExpert(db: Db, id: string): Expert {
  const row = stmt<[string], ExpertRow>(db, 'SELECT * FROM experts WHERE id = ? AND deleted_at IS NULL').get(
    id,
  );
  if (!row) throw new AppError('not_found', `No expert with id ${id}`);
  return toExpert(row);
}

const write = (
  db: Db,
  sqlText: string,
  id: string,
  e: Omit<ParsedInput<'experts.create'>, never>,
  now: string,
) => stmt(db, sqlText).run({ id, ...e, now });

export function createExpert(db: Db, input: ParsedInput<'experts.create'>, now: string): Expert {
  const id = newId();
  write(
    db,
    `INSERT INTO experts (id, name, topic, network, url, why, created_at, updated_at)
     VALUES (@id, @name, @topic, @network, @url, @why, @now, @now)`,
    id,
    input,
    now,
  );
  return getExpert(db, id);
}

export function updateExpert(db: Db, input: ParsedInput<'experts.update'>, now: string): Expert {
  const { id, ...patch } = input;
  const current = getExpert(db, id);
  write(
    db,
    `UPDATE experts SET name = @name, topic = @topic, network = @network, url = @url, why = @why,
       updated_at = @now WHERE id = @id`,
    id,
    {
      name: patch.name ?? current.name,
      topic: patch.topic ?? current.topic,
      network: patch.network === undefined ? current.network : patch.network,
      url: patch.url ?? current.url,
      why: patch.why ?? current.why,
    },
    now,
  );
  return getExpert(db, id);
}
