import type { ParsedInput } from '../../../shared/contract.ts';
import type { Mention } from '../../../shared/domain/mention.ts';
import { subjectKey } from '../../../shared/domain/mention-subject.ts';
import { AppError } from '../../../shared/errors.ts';
import { getClient } from '../../db/clients.ts';
import { saveMentionMapping } from '../../db/import-mappings.ts';
import { getMention, insertMention, mentionZone, updateMentionRow } from '../../db/mentions.ts';
import type { Db } from '../../db/types.ts';
import { mentionChecker } from './mention-checks.ts';

export function createMention(db: Db, input: ParsedInput<'mentions.create'>, now: Date): Mention {
  const client = getClient(db, input.clientId);
  const { clientId: _, ...mention } = input;
  const issues = mentionChecker(db, client, now)(mention, []);
  if (issues.length > 0) throw new AppError('invalid_input', 'The mention cannot be saved', issues);
  return insertMention(db, client.id, client.timeZone, mention, now.toISOString());
}

/** A pasted list or an imported file: every line checked first, then all written or none. */
export function createMentions(
  db: Db,
  input: ParsedInput<'mentions.createMany'>,
  now: Date,
): { ids: string[] } {
  const client = getClient(db, input.clientId);
  const check = mentionChecker(db, client, now);
  const issues = input.mentions.flatMap((m, i) => check(m, ['mentions', String(i)]));
  if (issues.length > 0) throw new AppError('invalid_input', 'Some mentions cannot be saved', issues);
  const stamp = now.toISOString();
  if (input.mapping) saveMentionMapping(db, input.mapping.signature, input.mapping.columns, stamp);
  return { ids: input.mentions.map((m) => insertMention(db, client.id, client.timeZone, m, stamp).id) };
}

export function updateMention(db: Db, input: ParsedInput<'mentions.update'>, now: Date): Mention {
  const current = getMention(db, input.id);
  const client = getClient(db, current.clientId);
  const { id: _, ...patch } = input;
  const next = {
    ...current,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  };
  if (next.text === '' && next.url === '')
    throw new AppError('invalid_input', 'A mention needs a text or a link', [
      { path: ['text'], code: 'mentionEmpty' },
    ]);
  // Only what changes is checked (the form sends every field): a mention logged before its post went
  // to the trash can still be edited. Its moment keeps the zone it was read in unless it is moved.
  const moved = next.date !== current.date || next.time !== current.time;
  const issues = mentionChecker(
    db,
    client,
    now,
  )(
    {
      ...(moved ? { date: next.date, time: next.time } : {}),
      ...(subjectKey(next.subject) !== subjectKey(current.subject) ? { subject: next.subject } : {}),
      ...(next.postId !== current.postId ? { postId: next.postId } : {}),
    },
    [],
  );
  if (issues.length > 0) throw new AppError('invalid_input', 'The mention cannot be saved', issues);
  const zone = moved ? client.timeZone : mentionZone(db, current.id);
  updateMentionRow(db, current.id, zone, next, now.toISOString());
  return getMention(db, current.id);
}
