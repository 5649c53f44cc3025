import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A real small file system (tmpfs) the test can fill to the last byte, so the app meets the disk's
 * own ENOSPC / SQLITE_FULL. Mounting needs root, as on the machines that run the tests.
 */
export function smallDisk(dir: string, megabytes = 8) {
  if (process.getuid?.() !== 0)
    throw new Error('The full-disk tests mount a small tmpfs and need root (as on CI).');
  mkdirSync(dir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir]);
  const filler = join(dir, 'filler.bin');
  return {
    /** Writes until the disk refuses: not one more block is free. */
    fill() {
      const fd = openSync(filler, 'a');
      const block = Buffer.alloc(64 * 1024, 7);
      try {
        for (;;) writeSync(fd, block);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        closeSync(fd);
      }
    },
    free: () => rmSync(filler, { force: true }),
    release: () => execFileSync('umount', ['-l', dir]),
  };
}
