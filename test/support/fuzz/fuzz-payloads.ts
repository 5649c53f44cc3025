import fc from 'fast-check';
import { contract, type Method } from '../../../shared/contract.ts';
import { BAD_INPUTS, type BadCase, type Targets } from '../../integration/bad-input-cases.ts';
import { getAt, objectPathsOf, type Path, pathsOf, removeAt, setAt, swapType } from './fuzz-mutate.ts';
import { FUZZ_SAMPLES, type FuzzSample, type SampleContext } from './fuzz-samples.ts';
import type { ClientRows, RowKind, TrashedRows } from './fuzz-seed.ts';
import { deepValue, hugeString, junk, PROTO_KEYS, protoObject, strangeKey } from './fuzz-values.ts';

/** How a payload was broken. The first five are refused by the schema; the others only by the rows. */
export const FAMILIES = [
  'wrongType',
  'mutated',
  'protoKeys',
  'hugeString',
  'deepNesting',
  'unknownIds',
  'wrongState',
  'otherClient',
] as const;
export type Family = (typeof FAMILIES)[number];

export interface FuzzPayload {
  family: Family;
  input: unknown;
  /** 'schema': the contract's schema refuses it (invalid_input); 'handler': only a look at the rows does. */
  stage: 'schema' | 'handler';
}

/** What an id of the seeded workspace can be swapped for: B's row of the same kind, or its trashed twin. */
interface Swaps {
  foreign?: string;
  otherState?: string;
}

const TRASHED_KIND: Record<RowKind, keyof TrashedRows> = {
  clientId: 'clientId',
  channelId: 'channelId',
  channel2Id: 'channelId',
  pillarId: 'pillarId',
  segmentId: 'segmentId',
  postId: 'postId',
  publishedPostId: 'postId',
  storyPostId: 'postId',
  paidPostId: 'postId',
  objectiveId: 'objectiveId',
  competitorId: 'competitorId',
  competitorAccountId: 'competitorAccountId',
  mentionId: 'mentionId',
  auditId: 'auditId',
  actionId: 'actionId',
  ideaId: 'ideaId',
  trendId: 'trendId',
  recurringDateId: 'recurringDateId',
  reportId: 'reportId',
};

export function idIndex(ctx: SampleContext): Map<string, Swaps> {
  const index = new Map<string, Swaps>();
  for (const kind of Object.keys(ctx.a) as RowKind[]) {
    index.set(ctx.a[kind], { foreign: ctx.b[kind], otherState: ctx.trashed[TRASHED_KIND[kind]] });
  }
  for (const kind of Object.keys(ctx.trashed) as (keyof TrashedRows)[]) {
    index.set(ctx.trashed[kind], { otherState: ctx.a[kind as keyof ClientRows] });
  }
  // Every client's rows: no foreign counterpart, a twin in the trash.
  index.set(ctx.expertId, { otherState: ctx.trashed.expertId });
  index.set(ctx.trashed.expertId, { otherState: ctx.expertId });
  index.set(ctx.sharedIdeaId, { otherState: ctx.trashed.ideaId });
  index.set(ctx.attachmentId, {});
  index.set(ctx.uploadId, {});
  return index;
}

/** Every place an id of the workspace sits in a sample, outside its filters. */
function idPaths(sample: FuzzSample, index: Map<string, Swaps>): Path[] {
  const out: Path[] = [];
  const walk = (v: unknown, path: Path) => {
    if (typeof v === 'string' && index.has(v)) out.push(path);
    else if (Array.isArray(v)) {
      for (const [i, child] of v.entries()) walk(child, [...path, i]);
    } else if (typeof v === 'object' && v !== null)
      for (const [k, child] of Object.entries(v)) {
        if (path.length === 0 && sample.filters?.includes(k)) continue;
        walk(child, [...path, k]);
      }
  };
  walk(sample.input, []);
  return out;
}

const replaceAll = (input: unknown, paths: readonly Path[], values: readonly string[]) =>
  paths.reduce((acc, path, i) => setAt(acc, path, values[i]), input);

type Op = { kind: 'set' | 'remove' | 'addKey' | 'swap'; pick: number; key: string; value: unknown };

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('set', 'remove', 'addKey', 'swap'),
  pick: fc.nat(),
  key: strangeKey,
  value: junk,
});

function applyOp(input: unknown, { kind, pick, key, value }: Op): unknown {
  if (kind === 'addKey') return addKey(input, pick, key, value);
  const paths = pathsOf(input);
  const path = paths[pick % paths.length] ?? [];
  if (kind === 'set') return setAt(input, path, value);
  if (kind === 'remove') return path.length === 0 ? swapType(input) : removeAt(input, path);
  return setAt(input, path, swapType(getAt(input, path)));
}

function addKey(input: unknown, pick: number, key: string, value: unknown): unknown {
  const objects = objectPathsOf(input);
  if (objects.length === 0) return Object.fromEntries([[key, value]]);
  const path = objects[pick % objects.length] ?? [];
  return setAt(input, [...path, key], value);
}

/** A short, bounded description for fast-check's report: never a megabyte, never 10,000 levels. */
export function preview(value: unknown, depth = 0): string {
  if (typeof value === 'string')
    return value.length > 60
      ? `${JSON.stringify(value.slice(0, 40))}…(${value.length} chars)`
      : JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Date) return `Date(${value.getTime()})`;
  if (typeof value !== 'object' || value === null) return String(value);
  if (depth > 3) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) {
    const items = value.slice(0, 4).map((v) => preview(v, depth + 1));
    return `[${items.join(', ')}${value.length > 4 ? `, …(${value.length})` : ''}]`;
  }
  const entries = Object.entries(value).slice(0, 8);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${preview(v, depth + 1)}`).join(', ')}}`;
}

function payload(family: Family, input: unknown, stage: FuzzPayload['stage']): FuzzPayload {
  const made: FuzzPayload = { family, input, stage };
  Object.defineProperty(made, fc.toStringMethod, {
    value: () => `${family}: ${preview(input)}`,
    enumerable: false,
  });
  return made;
}

export interface MethodPayloads {
  arbitrary: fc.Arbitrary<FuzzPayload>;
  /** Whether a valid call was there to break (families that need one are left out otherwise). */
  sampled: boolean;
}

/**
 * Malformed payloads for one method: broken versions of its valid samples and of its bad cases,
 * each refused by the schema, then its valid samples pointed at rows that do not exist, are in the
 * trash, or belong to the other client. None of them can succeed.
 */
export function payloadsFor(method: Method, ctx: SampleContext, targets: Targets): MethodPayloads {
  const schema = contract[method].input;
  const refused = (p: FuzzPayload) => !schema.safeParse(p.input).success;
  const samples = FUZZ_SAMPLES[method]?.(ctx) ?? [];
  const cases = (BAD_INPUTS[method] as readonly BadCase[] | undefined) ?? [];
  const base = fc.constantFrom(...samples.map((s) => s.input), ...cases.map((c) => c.input(targets)), {});

  const schemaFamilies = [
    { weight: 8, arbitrary: junk.map((input) => payload('wrongType', input, 'schema')) },
    {
      weight: 40,
      arbitrary: fc
        .tuple(base, fc.array(op, { minLength: 1, maxLength: 3 }))
        .map(([input, ops]) => payload('mutated', ops.reduce(applyOp, input), 'schema')),
    },
    {
      weight: 10,
      arbitrary: fc
        .tuple(base, fc.nat(), fc.constantFrom(...PROTO_KEYS), fc.oneof(junk, protoObject))
        .map(([input, pick, key, value]) => payload('protoKeys', addKey(input, pick, key, value), 'schema')),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(base, fc.nat(), hugeString).map(([input, pick, huge]) => {
        const paths = pathsOf(input);
        return payload('hugeString', setAt(input, paths[pick % paths.length] ?? [], huge), 'schema');
      }),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(base, fc.nat(), deepValue).map(([input, pick, deep]) => {
        const paths = pathsOf(input);
        return payload('deepNesting', setAt(input, paths[pick % paths.length] ?? [], deep), 'schema');
      }),
    },
  ].map(({ weight, arbitrary }) => ({ weight, arbitrary: arbitrary.filter(refused) }));

  const index = idIndex(ctx);
  const located = samples.map((sample) => ({ sample, paths: idPaths(sample, index) }));
  const idOf = (input: unknown, path: Path) => index.get(String(getAt(input, path))) ?? {};
  const handlerFamilies: { weight: number; arbitrary: fc.Arbitrary<FuzzPayload> }[] = [];

  const withIds = located.filter(({ paths }) => paths.length > 0);
  if (withIds.length > 0) {
    handlerFamilies.push({
      weight: 14,
      arbitrary: fc.constantFrom(...withIds).chain(({ sample, paths }) =>
        fc
          .tuple(
            fc.subarray(paths, { minLength: 1 }),
            fc.array(fc.uuid({ version: 7 }), { minLength: paths.length, maxLength: paths.length }),
          )
          .filter(([, ids]) => ids.every((id) => !index.has(id)))
          .map(([chosen, ids]) => payload('unknownIds', replaceAll(sample.input, chosen, ids), 'handler')),
      ),
    });
  }

  const stateful = located
    .map(({ sample, paths }) => ({ sample, paths: paths.filter((p) => idOf(sample.input, p).otherState) }))
    .filter(({ paths }) => paths.length > 0);
  if (stateful.length > 0) {
    handlerFamilies.push({
      weight: 10,
      arbitrary: fc.constantFrom(...stateful).chain(({ sample, paths }) =>
        fc.subarray(paths, { minLength: 1 }).map((chosen) => {
          const swapped = chosen.map((p) => idOf(sample.input, p).otherState ?? '');
          return payload('wrongState', replaceAll(sample.input, chosen, swapped), 'handler');
        }),
      ),
    });
  }

  const mixable = located
    .filter(({ sample }) => sample.otherClient)
    .map(({ sample, paths }) => {
      const swappable = paths.filter((p) => idOf(sample.input, p).foreign);
      // 'some': at least one of A's ids must stay, or the call would simply be B's own.
      const all = sample.otherClient === 'any' || swappable.length < paths.length;
      return { sample, swappable, max: all ? swappable.length : swappable.length - 1 };
    })
    .filter(({ max }) => max > 0);
  if (mixable.length > 0) {
    handlerFamilies.push({
      weight: 12,
      arbitrary: fc.constantFrom(...mixable).chain(({ sample, swappable, max }) =>
        fc.subarray(swappable, { minLength: 1, maxLength: max }).map((chosen) => {
          const foreign = chosen.map((p) => idOf(sample.input, p).foreign ?? '');
          return payload('otherClient', replaceAll(sample.input, chosen, foreign), 'handler');
        }),
      ),
    });
  }

  return { arbitrary: fc.oneof(...schemaFamilies, ...handlerFamilies), sampled: samples.length > 0 };
}
