import { describe, expect, it } from 'vitest';
import { lintImport } from '../../support/lint/lint-probe.ts';

// Each case runs Biome once on a one-import file: seconds on a busy two-core machine.
const SLOW = { timeout: 60_000 };
const RULE = 'lint/style/noRestrictedImports';

/** [the folder the import is written in, the import, words of the message Biome must print] */
type Case = [folder: string, specifier: string, says: string];

const refused: Record<string, Case> = {
  'db → services': ['electron/db', '../services/data-file/session.ts', 'electron/db/ is the bottom layer'],
  'db → api': ['electron/db', '../api/dispatch.ts', 'electron/db/ is the bottom layer'],
  'db → http': ['electron/db', '../http/safe-path.ts', 'electron/db/ is the bottom layer'],
  'db → main': ['electron/db', '../main/ipc.ts', 'electron/db/ is the bottom layer'],
  'db → host': ['electron/db', '../host/server.ts', 'electron/db/ is the bottom layer'],
  'a service → api': ['electron/services/numbers', '../../api/dispatch.ts', 'electron/services/ imports'],
  'a service → main': ['electron/services/data-file', '../../main/ipc.ts', 'electron/services/ imports'],
  'a service → host': ['electron/services/transfers', '../../host/server.ts', 'electron/services/ imports'],
  'a service → http': ['electron/services/media', '../../http/safe-path.ts', 'electron/services/ imports'],
  'services/context.ts → api': ['electron/services', '../api/types.ts', 'electron/services/ imports'],
  'a service → better-sqlite3': ['electron/services/transfers', 'better-sqlite3', 'SQL lives in'],
  'api → main': ['electron/api', '../main/ipc.ts', 'api/ serves both transports'],
  'a handler → host': ['electron/api/handlers', '../../host/server.ts', 'api/ serves both transports'],
  'http → host': ['electron/http', '../host/server.ts', 'electron/http/ is what both transports share'],
  'http → main': ['electron/http', '../main/protocol.ts', 'electron/http/ is what both transports share'],
  // The restrictions of electron/** still hold in each layer that has its own.
  'db → renderer': ['electron/db', '../../renderer/main.tsx', 'electron/ never imports the renderer'],
  'a service → renderer': ['electron/services/numbers', '../../../renderer/main.tsx', 'imports the renderer'],
  'api → renderer': ['electron/api/handlers', '../../../renderer/main.tsx', 'imports the renderer'],
  'http → renderer': ['electron/http', '../../renderer/main.tsx', 'imports the renderer'],
  'db → react': ['electron/db', 'react', 'electron/ never renders UI'],
  'a service → react': ['electron/services/media', 'react', 'electron/ never renders UI'],
  'main → renderer': ['electron/main', '../../renderer/main.tsx', 'imports the renderer'],
};

const accepted: Record<string, [folder: string, specifier: string]> = {
  'a service → db': ['electron/services/numbers', '../../db/clients.ts'],
  'a service → another subject': ['electron/services/transfers', '../media/media-store.ts'],
  'a service → the call context': ['electron/services/media', '../context.ts'],
  'api → services': ['electron/api/handlers', '../../services/numbers/metrics-grid.ts'],
  'main → http': ['electron/main', '../http/csp.ts'],
  'host → http': ['electron/host', '../http/safe-path.ts'],
  'host → api': ['electron/host', '../api/core.ts'],
  'http → services': ['electron/http', '../services/media/media-store.ts'],
  'db → shared': ['electron/db', '../../shared/errors.ts'],
  'db → better-sqlite3': ['electron/db', 'better-sqlite3'],
};

describe('the layers of electron/, as Biome enforces them', () => {
  for (const [name, [folder, specifier, says]] of Object.entries(refused)) {
    it(`refuses ${name}`, SLOW, () => {
      const verdict = lintImport(folder, specifier);
      expect(verdict.refused, verdict.output).toBe(true);
      expect(verdict.rules, verdict.output).toContain(RULE);
      expect(verdict.output).toContain(says);
    });
  }

  for (const [name, [folder, specifier]] of Object.entries(accepted)) {
    it(`accepts ${name}`, SLOW, () => {
      const verdict = lintImport(folder, specifier);
      expect(verdict.refused, verdict.output).toBe(false);
      expect(verdict.rules, verdict.output).toEqual([]);
    });
  }
});
