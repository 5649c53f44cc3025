// Run as a separate process by the crash-safety test: saves edits through the real dispatch,
// reports them, then dies with SIGKILL — no close, no checkpoint, no clean-up of any kind.
import { jsonFilePrefs } from '../../electron/prefs/json-file.ts';
import { startCore } from '../../electron/services/core.ts';

const dataDir = process.argv[2] ?? '';
const core = await startCore({ dataDir, prefs: jsonFilePrefs(dataDir), host: 'web', version: 'crash' });
await core.startupBackup;
const saved: string[] = [];
for (let i = 0; i < 20; i++) {
  const envelope = await core.dispatch('clients.create', {
    name: `Client ${i}`,
    color: '#29A36A',
    timeZone: 'Europe/Paris',
  });
  if (!envelope.ok) throw new Error(envelope.error.message);
  saved.push((envelope.value as { id: string }).id);
}
const renamed = await core.dispatch('clients.update', { id: saved[0], name: 'Renamed before the crash' });
if (!renamed.ok) throw new Error(renamed.error.message);
process.stdout.write(`${JSON.stringify(saved)}\n`);
process.kill(process.pid, 'SIGKILL');
