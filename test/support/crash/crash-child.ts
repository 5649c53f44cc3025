// Run as a separate process by the crash-safety test: starts the real core on the data folder it is
// given and writes through the real dispatch until its parent kills it with SIGKILL — no close, no
// checkpoint, no clean-up of any kind. Every acknowledged write is reported on stdout at once.
import { writeSync } from 'node:fs';
import { startCore } from '../../../electron/api/core.ts';
import { jsonFilePrefs } from '../../../electron/prefs/json-file.ts';
import { addDays } from '../../../shared/calendar/dates.ts';
import { utcToZoned, zonedToUtc } from '../../../shared/calendar/zoned.ts';
import type { Input, Method, Output } from '../../../shared/contract.ts';
import type { Metric } from '../../../shared/domain/metrics.ts';
import type { Envelope } from '../../../shared/errors.ts';
import { unwrap } from '../hosts/core.ts';
import {
  CRASH_CLIENT,
  CRASH_TODAY,
  POST_DAYS,
  POSTS_FROM,
  plannedPosts,
  READING_DATES,
} from './crash-calendar.ts';
import { seededRandom } from './crash-random.ts';
import { GO_LINE, type Report, reportLine } from './crash-report.ts';

const [dataDir = '', seed = '1'] = process.argv.slice(2);
const random = seededRandom(Number(seed));
const zone = CRASH_CLIENT.timeZone;
// Metrics any published image post takes (no story or paid-only ones).
const METRICS: readonly Metric[] = ['impressions', 'reach', 'reactions', 'comments', 'shares', 'saves'];

// Loaded already; the folder is only opened once the parent has closed it (it may be checking it still).
let said = '';
for await (const chunk of process.stdin) said += String(chunk);
if (said !== GO_LINE) process.exit(0);

const started = Date.now();
const core = await startCore({
  dataDir,
  prefs: jsonFilePrefs(dataDir),
  host: 'web',
  version: 'crash',
  now: () => new Date(Date.parse(CRASH_TODAY) + Date.now() - started),
});
// The startup backup copies the file; writes only start once it has landed, as in the app.
await core.startupBackup;

async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  return unwrap(method, (await core.dispatch(method, input)) as Envelope<Output<M>>);
}

/** Synchronous: a report the kill lands after is already in the pipe, never in a buffer of ours. */
function report(entry: Report): void {
  const bytes = Buffer.from(reportLine(entry));
  for (let written = 0; written < bytes.length; ) {
    try {
      written += writeSync(1, bytes, written);
    } catch (error) {
      // A full pipe the parent has not drained yet: wait for it rather than lose the line.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

const clients = await call('clients.list', { includeArchived: true });
const client =
  clients.find((c) => c.name === CRASH_CLIENT.name) ?? (await call('clients.create', CRASH_CLIENT));
const channels = await call('channels.list', { clientId: client.id, includeArchived: true });
const channel =
  channels[0] ??
  (await call('channels.create', {
    clientId: client.id,
    network: 'instagram',
    handle: '@crash.bakery',
    url: '',
  }));
/** Every post and its planned instant as this process last saw it committed. */
const planned = await plannedPosts(call, client.id);
const ids = [...planned.keys()];

const someDate = () => addDays(POSTS_FROM, random.int(0, POST_DAYS - 1));
// Daytime only: no wall-clock time falls in a daylight-saving gap, so the instant is known in advance.
const someTime = () =>
  `${String(random.int(8, 19)).padStart(2, '0')}:${String(5 * random.int(0, 11)).padStart(2, '0')}`;
/** Half the edits go to the latest posts, the way a CM works on this week's, so cells get typed over. */
const somePost = () => (random.next() < 0.5 ? random.pick(ids.slice(-20)) : random.pick(ids));

/** Distinct picks: one edit never names the same post, or the same cell, twice. */
function distinct<T>(count: number, pick: () => T, key: (item: T) => string): T[] {
  const chosen = new Map<string, T>();
  for (let tries = 0; chosen.size < count && tries < 20; tries++) {
    const item = pick();
    chosen.set(key(item), item);
  }
  return [...chosen.values()];
}

async function create(): Promise<void> {
  const date = someDate();
  const time = someTime();
  const post = await call('posts.create', {
    clientId: client.id,
    channelId: channel.id,
    date,
    time,
    status: 'published',
    format: 'image',
    caption: `Fournée ${ids.length + 1}`,
  });
  if (post.plannedAt !== zonedToUtc(date, time, zone)) throw new Error(`Created at ${post.plannedAt}`);
  planned.set(post.id, post.plannedAt);
  ids.push(post.id);
  report({ kind: 'ack', write: { op: 'create', postId: post.id, plannedAt: post.plannedAt } });
}

async function move(): Promise<void> {
  const chosen = distinct(random.int(1, 2), somePost, (id) => id);
  const date = someDate();
  // Sometimes only the day changes, as when a post is dragged to another day of the calendar.
  const time = random.next() < 0.5 ? someTime() : undefined;
  const intents = chosen.map((postId) => {
    const from = planned.get(postId) ?? '';
    const plannedAt = zonedToUtc(date, time ?? utcToZoned(from, zone).time, zone);
    return { op: 'move', postId, plannedAt, from } as const;
  });
  for (const write of intents) report({ kind: 'intent', write });
  const moved = await call('posts.move', { ids: chosen, date, ...(time ? { time } : {}) });
  for (const write of intents) {
    const post = moved.find((p) => p.id === write.postId);
    if (post?.plannedAt !== write.plannedAt) throw new Error(`Moved to ${post?.plannedAt}`);
    planned.set(post.id, post.plannedAt);
  }
  for (const write of intents) report({ kind: 'ack', write });
}

async function saveMetrics(): Promise<void> {
  const on = random.pick(READING_DATES);
  // Drawn from a billion: a number carried over from an earlier reading never looks like this one.
  const cells = distinct(
    random.int(1, 3),
    () => ({ postId: somePost(), metric: random.pick(METRICS), value: random.int(0, 999_999_999) }),
    (cell) => `${cell.postId} ${cell.metric}`,
  );
  const writes = cells.map((cell) => ({ op: 'metric', on, ...cell }) as const);
  for (const write of writes) report({ kind: 'intent', write });
  const saved = await call('metrics.save', { on, cells });
  for (const write of writes) {
    const values = saved.find((s) => s.postId === write.postId && s.takenOn === on)?.values;
    if (values?.[write.metric] !== write.value) throw new Error(`Saved ${JSON.stringify(values)}`);
  }
  for (const write of writes) report({ kind: 'ack', write });
}

// Ready once a first write is through: the parent's random delay starts from a child that is
// writing, so however slow a loaded machine is, no round is killed before it wrote anything.
const found = ids.length;
await create();
report({ kind: 'ready', clientId: client.id, posts: found });
for (;;) {
  const roll = random.next();
  if (ids.length < 5 || roll < 0.35) await create();
  else if (roll < 0.75) await saveMetrics();
  else await move();
}
