import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';

const isRoot = () => process.getuid?.() === 0;

/**
 * A data folder the process may read but not write. Root ignores permission bits, so as root the
 * folder is a small tmpfs remounted read-only (the machines that run the tests are root); otherwise
 * the permission bits do it. `fill` puts the files in place while it can still be written.
 */
export function readOnlyFolder(dir: string, fill: (dir: string) => void) {
  mkdirSync(dir, { recursive: true });
  if (isRoot()) {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dir]);
    fill(dir);
    execFileSync('mount', ['-o', 'remount,ro', dir]);
    return {
      makeWritable: () => execFileSync('mount', ['-o', 'remount,rw', dir]),
      release: () => execFileSync('umount', ['-l', dir]),
    };
  }
  fill(dir);
  chmodSync(dir, 0o555);
  return { makeWritable: () => chmodSync(dir, 0o755), release: () => chmodSync(dir, 0o755) };
}
