import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Input, Method, Output } from '../../shared/contract.ts';
import type { Envelope } from '../../shared/errors.ts';

const root = join(import.meta.dirname, '..', '..');

export interface RunningHost {
  url: string;
  dataDir: string;
  /** Calls the contract over HTTP, as the page does; throws on an error envelope. */
  rpc<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  stop(): Promise<void>;
}

/** Starts the web host on a fresh temporary data folder and waits for the URL it prints first. */
export async function startHost(dataDir = mkdtempSync(join(tmpdir(), 'calepin-e2e-'))): Promise<RunningHost> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, 'electron/host/index.ts'), '--data-dir', dataDir, '--port', '0'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`web host exited (${code}): ${stderr}`)));
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  return {
    url,
    dataDir,
    async rpc(method, input) {
      const response = await fetch(new URL(`/rpc/${method}`, parsed), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-calepin-token': token },
        body: JSON.stringify(input ?? null),
      });
      const envelope = (await response.json()) as Envelope<never>;
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.value;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
