import { cpSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/db/paths.ts';
import { MAX_BODY, TOKEN_HEADER } from '../../electron/host/server.ts';
import { LOCK_FILE } from '../../electron/services/data-file/data-lock.ts';
import { contract, METHODS, type Method } from '../../shared/contract.ts';
import { ERROR_CODES, ISSUE_CODES } from '../../shared/errors.ts';
import {
  type Fingerprint,
  fingerprint,
  pollutedSince,
  prototypeState,
  tablesHash,
} from '../support/fuzz/fuzz-fingerprint.ts';
import { inPool, overTheWire, postChunked } from '../support/fuzz/fuzz-http.ts';
import {
  FAMILIES,
  type Family,
  type FuzzPayload,
  payloadsFor,
  preview,
} from '../support/fuzz/fuzz-payloads.ts';
import type { SampleContext } from '../support/fuzz/fuzz-samples.ts';
import { type FuzzSeed, seedFuzzWorkspace, targetsOf } from '../support/fuzz/fuzz-seed.ts';
import { cleanupTestCores, ownTempDir, startTestCore, type TestCore } from '../support/hosts/core.ts';
import { rawRequest, startWebHost } from '../support/hosts/web-host.ts';

/** Payloads per method through the dispatch, and through the web host. */
const RUNS = 1000;
const HTTP_RUNS = 100;
/** Over HTTP, bodies above this size (the 1 MB strings, the deepest nesting) are capped per method. */
const BIG_BODY = 64 * 1024;
const BIG_PER_METHOD = 2;
const IN_FLIGHT = 4;
/** Fixed, so a failure replays; FUZZ_SEED explores other payloads. Each method adds its index. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_126);

let seededDir = '';
let seed: FuzzSeed;

beforeAll(async () => {
  seededDir = ownTempDir();
  const core = await startTestCore({ dataDir: seededDir });
  seed = await seedFuzzWorkspace(core);
  await core.close();
}, 60_000);
afterAll(cleanupTestCores);

/** A copy of the seeded workspace, so each test starts from the same rows with the same ids. */
function copyOfWorkspace(): string {
  const dir = ownTempDir();
  cpSync(seededDir, dir, { recursive: true, filter: (source) => basename(source) !== LOCK_FILE });
  return dir;
}

const KNOWN_CODES: readonly string[] = ERROR_CODES.filter((code) => code !== 'internal');
const KNOWN_ISSUES: readonly string[] = ISSUE_CODES;

/** What is wrong with an answer to a payload that must be refused, or null when it is a proper refusal. */
function refusalProblem(envelope: unknown, stage: FuzzPayload['stage']): string | null {
  if (typeof envelope !== 'object' || envelope === null) return `answered ${String(envelope)}`;
  const { ok, error, ...rest } = envelope as { ok?: unknown; error?: Record<string, unknown> };
  if (ok !== false) return 'it succeeded';
  if (Object.keys(rest).length > 0) return `unexpected keys ${Object.keys(rest).join(', ')}`;
  if (typeof error !== 'object' || error === null) return 'no error';
  const { code, message, issues, ...extra } = error;
  if (Object.keys(extra).length > 0) return `unexpected error keys ${Object.keys(extra).join(', ')}`;
  if (typeof code !== 'string' || !KNOWN_CODES.includes(code)) return `code ${String(code)}`;
  if (stage === 'schema' && code !== 'invalid_input') return `code ${code} for a payload the schema refuses`;
  if (typeof message !== 'string' || message.length === 0) return 'no message';
  if (issues === undefined) return null;
  if (!Array.isArray(issues) || issues.length === 0) return 'issues is not a non-empty list';
  for (const issue of issues as { path?: unknown; code?: unknown }[]) {
    if (!Array.isArray(issue.path) || !issue.path.every((p) => typeof p === 'string'))
      return `issue path ${preview(issue.path)}`;
    if (typeof issue.code !== 'string' || !KNOWN_ISSUES.includes(issue.code))
      return `issue code ${issue.code}`;
  }
  return null;
}

/**
 * The host's fingerprint once its startup backup has landed: that copy is written in the background
 * just after the start's whole-file check, and is the host's own doing, not a request's.
 */
async function settled(print: () => Fingerprint): Promise<Fingerprint> {
  let last = print();
  for (let i = 0; i < 100; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = print();
    const writing = Object.keys(now.files).some(
      (name) => name.endsWith('-journal') || name.endsWith('.part'),
    );
    if (!writing && JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  throw new Error('The host kept writing files for 10 s after it started');
}

async function openWorkspace(): Promise<{ core: TestCore; ctx: SampleContext }> {
  const core = await startTestCore({ dataDir: copyOfWorkspace() });
  await core.startupBackup;
  // An upload in progress, so chunk, finish and cancel have a live id to break.
  const { uploadId } = await core.call('attachments.begin', {
    postId: seed.a.postId,
    name: 'photo.jpg',
    size: 64,
  });
  core.clock.advance(60_000);
  return { core, ctx: { ...seed, uploadId } };
}

describe('hostile input at the boundary', () => {
  it(`refuses ${RUNS} malformed payloads to every method with an error envelope, and writes nothing`, async () => {
    const { core, ctx } = await openWorkspace();
    const targets = targetsOf(seed);
    const before = fingerprint(core.ctx.db, core.dataDir);
    const prototypes = prototypeState();
    const tried = Object.fromEntries(FAMILIES.map((f) => [f, 0])) as Record<Family, number>;
    const unsampled: Method[] = [];
    const started = performance.now();

    for (const [i, method] of METHODS.entries()) {
      const { arbitrary, sampled } = payloadsFor(method, ctx, targets);
      if (!sampled) unsampled.push(method);
      const property = fc.asyncProperty(arbitrary, async (payload) => {
        tried[payload.family] += 1;
        const pending = core.dispatch(method, payload.input);
        if (!(pending instanceof Promise)) throw new Error('the dispatch did not return a promise');
        const envelope = await pending;
        const problem = refusalProblem(envelope, payload.stage);
        if (problem) throw new Error(`${problem}: ${preview(envelope)}`);
      });
      try {
        await fc.assert(property, { numRuns: RUNS, seed: SEED + i });
      } catch (error) {
        throw new Error(`${method} (fast-check seed ${SEED + i}): ${(error as Error).message}`);
      }
      // Per method, so a write is pinned on the method that made it.
      expect(fingerprint(core.ctx.db, core.dataDir), method).toEqual(before);
    }

    const after = fingerprint(core.ctx.db, core.dataDir);
    expect(after).toEqual(before);
    expect(pollutedSince(prototypes)).toEqual([]);
    const total = Object.values(tried).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(RUNS * METHODS.length);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const families = FAMILIES.map((f) => `${f} ${tried[f]}`).join(', ');
    console.log(
      `fuzz: ${METHODS.length} methods, ${total} payloads in ${seconds} s (${families}); ` +
        `${Object.keys(after.tables).length} tables, hash ${tablesHash(after).slice(0, 16)} unchanged; ` +
        `no prototype polluted${unsampled.length ? `; without a valid sample: ${unsampled.join(', ')}` : ''}`,
    );
  }, 180_000);

  it(`gives the same refusals over HTTP (${HTTP_RUNS} payloads per method, bodies that are not JSON or too big)`, async () => {
    const { core, ctx } = await openWorkspace();
    const hostDir = copyOfWorkspace();
    const host = await startWebHost({ dataDir: hostDir, rendererDir: ownTempDir() });
    const hostDb = () => new Database(join(hostDir, DB_FILE), { readonly: true });
    const hostPrint = () => {
      const db = hostDb();
      try {
        return fingerprint(db, hostDir);
      } finally {
        db.close();
      }
    };
    const post = (method: string, body: string) =>
      rawRequest(host.port, {
        method: 'POST',
        path: `/rpc/${encodeURIComponent(method)}`,
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
        body,
      });
    try {
      // The start-up backup follows the whole-file check, which answers this call when it is done.
      await post('app.dataChecked', 'null');
      const before = await settled(hostPrint);
      const targets = targetsOf(seed);
      const sends: { method: Method; payload: FuzzPayload; body: string; input: unknown }[] = [];
      for (const [i, method] of METHODS.entries()) {
        const { arbitrary } = payloadsFor(method, ctx, targets);
        let big = 0;
        for (const payload of fc.sample(arbitrary, { numRuns: HTTP_RUNS, seed: SEED + i })) {
          const wire = overTheWire(payload.input);
          // JSON drops what it cannot say (undefined keys, NaN): what is left may have become valid.
          if (!wire || (payload.stage === 'schema' && contract[method].input.safeParse(wire.input).success))
            continue;
          // The megabyte bodies cost the most and prove the same thing each time: a few per method.
          if (wire.body.length > BIG_BODY && ++big > BIG_PER_METHOD) continue;
          sends.push({ method, payload, ...wire });
        }
      }
      await inPool(sends, IN_FLIGHT, async ({ method, payload, body, input }) => {
        const res = await post(method, body);
        const answer: unknown = JSON.parse(res.body);
        const label = `${method} ${payload.family}: ${preview(input)}`;
        expect(res.status, label).toBe(200);
        expect(refusalProblem(answer, payload.stage), label).toBeNull();
        const local = await core.dispatch(method, input);
        if (payload.stage === 'schema') expect(answer, label).toEqual(local);
        else
          expect((answer as { error: { code: string } }).error.code, label).toBe(
            !local.ok && local.error.code,
          );
      });
      expect(sends.length).toBeGreaterThan(METHODS.length * HTTP_RUNS * 0.8);

      const notJson = [
        '{',
        '{"name": "Atelier",',
        "{'name': 'Atelier'}",
        'undefined',
        'NaN',
        '{"a": 1}{"b": 2}',
        '\u0000',
        '\uFEFF{}x',
        '[1, 2',
        '"unterminated',
        '{"__proto__": ',
        '['.repeat(100_000),
      ];
      // The body is read before the method is looked at: each method gets a few, every body goes out several times.
      const broken = METHODS.flatMap((method, i) =>
        [0, 1, 2].map((k) => ({ method, body: notJson[(i * 3 + k) % notJson.length] ?? '{' })),
      );
      await inPool(broken, IN_FLIGHT, async ({ method, body }) => {
        const res = await post(method, body);
        expect(res.status, `${method} ${preview(body)}`).toBe(400);
        expect(JSON.parse(res.body), method).toEqual({
          ok: false,
          error: { code: 'invalid_input', message: expect.any(String) },
        });
      });
      // Valid JSON nested 100,000 levels deep is read, then refused like any other wrong type.
      const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
      const deepAnswer = JSON.parse((await post('posts.create', deep)).body);
      expect(refusalProblem(deepAnswer, 'schema')).toBeNull();

      const tooBig = `{"name": "${'x'.repeat(MAX_BODY)}"}`;
      const headers = { 'content-type': 'application/json', [TOKEN_HEADER]: host.token };
      const answers = [
        await post('clients.create', tooBig),
        await postChunked(host.port, '/rpc/clients.create', headers, [
          tooBig.slice(0, MAX_BODY / 2),
          tooBig.slice(MAX_BODY / 2),
        ]),
      ];
      for (const res of answers) {
        expect(res.status).toBe(413);
        expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      }
      // Still serving after all that.
      const listed = await rawRequest(host.port, { path: '/rpc', headers: { [TOKEN_HEADER]: host.token } });
      expect(listed.status).toBe(200);
      expect(hostPrint()).toEqual(before);
      console.log(
        `fuzz over HTTP: ${sends.length} fuzzed payloads (${HTTP_RUNS} per method, less those JSON cannot carry ` +
          `and the megabyte ones past ${BIG_PER_METHOD}), ${broken.length} bodies that are not JSON ` +
          `(${notJson.length} kinds), ` +
          `one nested 100,000 levels, 2 over ${MAX_BODY} bytes: same refusals as the dispatch, host tables unchanged`,
      );
    } finally {
      await host.stop();
    }
  }, 180_000);
});
