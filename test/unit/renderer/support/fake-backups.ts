import type { BackupInfo, BackupList } from '../../../../shared/domain/backup.ts';
import { type FakeHandlers, makeBackup } from './fake-bridge.ts';

/**
 * A backups folder in memory, answering the backups.* methods as the main process does: newest
 * first, lowering the count deletes the oldest automatic ones, a restore first saves the current data.
 */
export function fakeBackups(initial: BackupInfo[], options: { keep?: number; now?: string } = {}) {
  let items = [...initial];
  let keep = options.keep ?? 10;
  const now = options.now ?? '2026-11-05T12:00:00.000Z';
  const list = (): BackupList => ({
    items: [...items].sort((a, b) => b.takenAt.localeCompare(a.takenAt)),
    keep,
    folder: '/data/backups',
  });
  const restored: string[] = [];
  const handlers: FakeHandlers = {
    'backups.list': () => ({ ok: true, value: list() }),
    'backups.create': () => {
      const made = makeBackup(now, { kind: 'manual', size: 2_500_000 });
      items.push(made);
      return { ok: true, value: made };
    },
    'backups.delete': ({ name }) => {
      items = items.filter((b) => b.name !== name);
      return { ok: true, value: list() };
    },
    'backups.setKeep': (input) => {
      keep = input.keep;
      const automatic = list().items.filter((b) => b.kind === 'auto');
      const gone = new Set(automatic.slice(keep).map((b) => b.name));
      items = items.filter((b) => !gone.has(b.name));
      return { ok: true, value: list() };
    },
    'backups.restore': ({ name }) => {
      const saved = makeBackup(now, { kind: 'beforeRestore' });
      items.push(saved);
      restored.push(name);
      return { ok: true, value: { name, savedCurrentAs: saved } };
    },
  };
  return { handlers, names: () => list().items.map((b) => b.name), restored, keep: () => keep };
}
