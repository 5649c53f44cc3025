import type { Channel } from '../../../shared/domain/channel.ts';
import type { FollowerCount, FollowersSave } from '../../../shared/domain/followers.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import type { IssueCode } from '../../../shared/errors.ts';
import { followerJump } from '../../../shared/kpi/plausibility.ts';
import { parseNumber } from '../../../shared/metrics/number-parse.ts';

/** What the user typed for one channel, as text (French or English formats). */
export interface TypedCount {
  followers: string;
  visits: string;
}

export const EMPTY_TYPED: TypedCount = { followers: '', visits: '' };

/** A field of the form: `on`, or a channel's `followers` / `visits`. */
export type FollowerField = 'on' | `${string}.followers` | `${string}.visits`;

/** A refusal under a field: an issue the server would also give, or this form's own. */
export interface FieldIssue {
  code: IssueCode | 'countForVisits';
  params?: Record<string, string | number>;
}

export type ReadEntries =
  | { ok: true; entries: FollowersSave['entries'] }
  | { ok: false; issues: Partial<Record<FollowerField, FieldIssue>> }
  | { ok: false; nothingTyped: true };

/**
 * The counts typed. A channel left blank was not counted this time: it is left out, and its
 * previous count stays the latest (the server takes any part of the channels). Visits need their
 * channel's count; a form with nothing typed at all has nothing to save.
 */
export function readEntries(
  channels: readonly Channel[],
  typed: Readonly<Record<string, TypedCount>>,
  locale: Language,
): ReadEntries {
  const issues: Partial<Record<FollowerField, FieldIssue>> = {};
  const entries: FollowersSave['entries'] = [];
  let blank = true;
  for (const channel of channels) {
    const text = typed[channel.id] ?? EMPTY_TYPED;
    if (text.followers.trim() === '' && text.visits.trim() === '') continue;
    blank = false;
    const followers = parseNumber(text.followers, { kind: 'count', locale });
    const visits = parseNumber(text.visits, { kind: 'count', locale });
    if (!followers.ok) issues[`${channel.id}.followers`] = { code: followers.code };
    else if (followers.value === null) issues[`${channel.id}.followers`] = { code: 'countForVisits' };
    if (!visits.ok) issues[`${channel.id}.visits`] = { code: visits.code };
    if (followers.ok && followers.value !== null && visits.ok)
      entries.push({ channelId: channel.id, followers: followers.value, profileVisits: visits.value });
  }
  if (blank) return { ok: false, nothingTyped: true };
  return Object.keys(issues).length > 0 ? { ok: false, issues } : { ok: true, entries };
}

/** The change from the previous count, once a valid one is typed; null otherwise. */
export function followerChange(
  typed: string,
  previous: FollowerCount | undefined,
  locale: Language,
): number | null {
  if (!previous) return null;
  const parsed = parseNumber(typed, { kind: 'count', locale });
  return parsed.ok && parsed.value !== null ? parsed.value - previous.followers : null;
}

/** A typed count more than three times the previous one, or under a third of it: probably a typo. */
export function followerWarning(
  typed: string,
  previous: FollowerCount | undefined,
  locale: Language,
): 'followersJump' | 'followersFall' | null {
  const change = followerChange(typed, previous, locale);
  return previous && change !== null ? followerJump(previous.followers, previous.followers + change) : null;
}
