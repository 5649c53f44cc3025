import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREFS_FILE } from '../../electron/prefs/json-file.ts';
import { METHODS } from '../../shared/contract.ts';
import { seedFuzzWorkspace, targetsOf } from '../support/fuzz/fuzz-seed.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { dumpTables } from '../support/readers/db-dump.ts';
import { BAD_INPUTS, type BadCase, type Targets } from './bad-input-cases.ts';

/** The two-client workspace with its archived and trashed rows: something to damage. */
async function seeded(core: TestCore): Promise<Targets> {
  return targetsOf(await seedFuzzWorkspace(core));
}

/** Everything a call could have changed: every table, and the preferences file. */
function snapshot(core: TestCore) {
  const prefsPath = join(core.dataDir, PREFS_FILE);
  return {
    tables: dumpTables(core.ctx.db),
    prefsFile: existsSync(prefsPath) ? readFileSync(prefsPath, 'utf8') : null,
    prefs: core.ctx.prefs.get(),
  };
}

const rows = METHODS.flatMap((method) =>
  (BAD_INPUTS[method] as readonly BadCase[]).map((c) => ({ method, ...c })),
);

describe('bad input is refused for every method, and nothing changes', () => {
  it('has malformed inputs for every method of the contract', () => {
    expect(Object.keys(BAD_INPUTS).sort()).toEqual([...METHODS].sort());
    for (const method of METHODS) expect(BAD_INPUTS[method].length, method).toBeGreaterThan(0);
  });

  it.each(rows)('$method: $what → $code', async ({ method, input, code, issues }) => {
    const core = await startTestCore();
    const targets = await seeded(core);
    const before = snapshot(core);
    core.clock.advance(60_000);

    const envelope = await core.dispatch(method, input(targets));

    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe(code);
    expect(envelope.error.message).toEqual(expect.any(String));
    expect(envelope.error.message.length).toBeGreaterThan(0);
    if (issues) expect(envelope.error.issues).toEqual(issues);
    else expect(envelope.error.issues).toBeUndefined();
    expect(snapshot(core)).toEqual(before);
  });

  it.each([
    'clients.drop',
    'clients',
    '',
    'clients.list ',
    'CLIENTS.LIST',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
  ])('unknown method %j → unknown_method', async (method) => {
    const core = await startTestCore();
    await seeded(core);
    const before = snapshot(core);
    const envelope = await core.dispatch(method, {});
    expect(envelope).toEqual({ ok: false, error: { code: 'unknown_method', message: expect.any(String) } });
    expect(snapshot(core)).toEqual(before);
  });
});
