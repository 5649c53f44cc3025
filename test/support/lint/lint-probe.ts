import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const BIOME = join(ROOT, 'node_modules/@biomejs/biome/bin/biome');

export interface LintVerdict {
  /** True when Biome refused the file. */
  refused: boolean;
  /** The rule names Biome reported, such as `lint/style/noRestrictedImports`. */
  rules: string[];
  /** What Biome printed, to show in a failure. */
  output: string;
}

/**
 * Lints one import as if it were written in `folder` (relative to the project): a file holding
 * only that import is put there for the moment of the check, since Biome's per-folder rules
 * apply by path and its stdin mode does not print diagnostics.
 */
export function lintImport(folder: string, specifier: string): LintVerdict {
  const file = join(ROOT, folder, `lint-probe-${randomUUID()}.ts`);
  writeFileSync(file, `import * as probe from '${specifier}';\n\nexport const used = probe;\n`);
  try {
    const run = spawnSync(process.execPath, [BIOME, 'lint', '--max-diagnostics=20', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const output = `${run.stdout}${run.stderr}`;
    const rules = [...new Set(output.match(/lint\/[a-zA-Z]+\/[a-zA-Z]+/g) ?? [])];
    return { refused: run.status !== 0, rules, output };
  } finally {
    rmSync(file, { force: true });
  }
}
