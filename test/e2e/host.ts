import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Input, Method, Output } from '../../shared/contract.ts';
import type { Envelope } from '../../shared/errors.ts';
import { startWebHost } from '../support/hosts/web-host.ts';

export interface E2eHost {
  url: string;
  dataDir: string;
  /** Calls the contract over HTTP, as the page does; throws on an error envelope. */
  rpc<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Stops the host and removes its data folder (unless it was given one). */
  stop(): Promise<void>;
  /** Stops the host and leaves the data folder as it is, as when the user quits. */
  quit(): Promise<void>;
}

/**
 * The web host serving the built renderer, on a fresh temporary data folder of its own, or on
 * `dataDir` as a previous run (or a test) left it.
 */
export async function startHost(options: { dataDir?: string } = {}): Promise<E2eHost> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'calepin-e2e-'));
  const host = await startWebHost({ dataDir });
  return {
    url: host.url.href,
    dataDir,
    async rpc(method, input) {
      const response = await fetch(new URL(`/rpc/${method}`, host.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-calepin-token': host.token },
        body: JSON.stringify(input ?? null),
      });
      const envelope = (await response.json()) as Envelope<never>;
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.value;
    },
    async stop() {
      await host.stop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
    quit: () => host.stop(),
  };
}
