import { foldWord } from '../shared/imports/fold.ts';
import { caption } from './captions.ts';
import type { Rng } from './rng.ts';

/**
 * An X "legacy tweet activity" export as big as a busy account's years, written the way
 * `test/fixtures/imports/make-import-fixtures.ts` writes the small one: every field quoted, counts
 * as `"57.0"`, `-` where X has none, times as `2026-10-06 06:12 +0000`, snowflake ids.
 */
export interface Tweet {
  id: string;
  /** When it went out, in ms, on a whole minute (the file's time has no seconds). */
  at: number;
  text: string;
  /** Already in the calendar (planned at its time, same caption): the import finds it. */
  planned: boolean;
  /** What the importer reads: impressions, likes, replies, retweets, url and profile clicks. */
  counts: {
    impressions: number;
    likes: number;
    replies: number;
    retweets: number;
    url: number;
    profile: number;
  };
}

const HEADER =
  'Tweet id|Tweet permalink|Tweet text|time|impressions|engagements|engagement rate|retweets|replies|likes|user profile clicks|url clicks|hashtag clicks|detail expands|permalink clicks|app opens|app installs|follows|email tweet|dial phone|media views|media engagements|promoted impressions|promoted engagements'.split(
    '|',
  );
const X_EPOCH = 1_288_834_974_657;
const MINUTE = 60_000;
/** The matcher's tolerance: captions of tweets this close must not agree, or rows turn ambiguous. */
const NEIGHBOURS_MS = 90 * MINUTE;
const TEXT_MAX = 280;

/** The start of a caption as `captionsAgree` compares it (shared/imports/match-posts.ts). */
const key = (text: string) =>
  foldWord(text)
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/ +/g, ' ')
    .trim()
    .slice(0, 40);

/**
 * `count` tweets, oldest first, 1 to 25 minutes apart from 1 January 2024 (~900 days: all before
 * the dataset's "now"). Captions are redrawn until no tweet within the tolerance starts the same
 * way: the benchmark measures a file that matches cleanly (half found, half new), not ambiguity.
 */
export function generateTweets(rng: Rng, count: number, trade: string): Tweet[] {
  const tweets: Tweet[] = [];
  const keys: string[] = [];
  let at = Date.UTC(2024, 0, 1, 6, 0);
  for (let i = 0; i < count; i++) {
    at += rng.int(1, 25) * MINUTE;
    const near: string[] = [];
    for (let j = tweets.length - 1; j >= 0 && at - (tweets[j]?.at ?? 0) <= NEIGHBOURS_MS; j--)
      near.push(keys[j] ?? '');
    // Two starts agree when one begins with the other (up to 40 characters).
    const agrees = (k: string) => near.some((n) => n.startsWith(k) || k.startsWith(n));
    let text = '';
    let start = '';
    do {
      text = Array.from(caption(rng, trade, ''))
        .slice(0, TEXT_MAX)
        .join('');
      start = key(text);
    } while (agrees(start));
    keys.push(start);
    // The id's time is the minute's plus some seconds, above 22 random bits of machine and sequence.
    const ms = at + rng.int(0, 59_999);
    const id = String((BigInt(ms - X_EPOCH) << 22n) | BigInt(rng.int(0, 2 ** 22 - 1)));
    const counts = {
      impressions: 200 + rng.int(0, 3000),
      likes: rng.int(0, 80),
      replies: rng.int(0, 10),
      retweets: rng.int(0, 20),
      url: rng.int(0, 25),
      profile: rng.int(0, 12),
    };
    tweets.push({ id, at, text, planned: rng.chance(0.5), counts });
  }
  return tweets;
}

const pad = (n: number) => String(n).padStart(2, '0');
const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
const f = (n: number) => `${n}.0`;

/** The file's bytes: UTF-8, `\n` line ends, as the fixture. The other columns come from `rng`. */
export function tweetActivityCsv(rng: Rng, tweets: readonly Tweet[], handle: string): Buffer {
  const lines = [HEADER.map(quote).join(',')];
  for (const t of tweets) {
    const d = new Date(t.at);
    const c = t.counts;
    const engagements = c.likes + c.replies + c.retweets + c.url + c.profile;
    const time = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} +0000`;
    const cells = [
      t.id,
      `https://twitter.com/${handle}/status/${t.id}`,
      t.text,
      time,
      f(c.impressions),
      f(engagements),
      String(engagements / c.impressions),
      f(c.retweets),
      f(c.replies),
      f(c.likes),
      f(c.profile),
      f(c.url),
      f(rng.int(0, 3)),
      f(rng.int(0, 30)),
      f(rng.int(0, 9)),
      '0',
      '0',
      f(rng.int(0, 3)),
      '-',
      '-',
      f(rng.int(0, 100)),
      f(rng.int(0, 40)),
      '-',
      '-',
    ];
    lines.push(cells.map(quote).join(','));
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}
