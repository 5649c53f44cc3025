import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';

const HOST_ENTRY = fileURLToPath(new URL('../../../electron/host/index.ts', import.meta.url));

export interface RunningHost {
  /** The first line the host printed: `http://127.0.0.1:PORT/?token=T`. */
  url: URL;
  port: number;
  token: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the web host as a user would (same Node, its own process) and waits for its URL. */
export function startWebHost(args: { dataDir: string; rendererDir?: string }): Promise<RunningHost> {
  const renderer = args.rendererDir ? ['--renderer', args.rendererDir] : [];
  const child = spawn(
    process.execPath,
    [HOST_ENTRY, '--data-dir', args.dataDir, '--port', '0', ...renderer],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The web host printed no URL within 15 s. stderr:\n${stderr}`));
    }, 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const newline = stdout.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      const url = new URL(stdout.slice(0, newline).trim());
      resolve({ url, port: Number(url.port), token: url.searchParams.get('token') ?? '', child, stop });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web host exited with ${code} before printing its URL. stderr:\n${stderr}`));
    });
  });
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A request whose path goes on the wire exactly as written (fetch would normalise `%2e%2e`)
 * and whose Host header can be forged.
 */
export function rawRequest(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
