import { v7 as uuidv7 } from 'uuid';
import type { Dispatch } from '../electron/api/dispatch.ts';
import { NETWORK_IDS, NETWORKS } from '../shared/networks.ts';
import { measurePair } from './measure.ts';
import { generateDataset, loadThroughDispatch } from './seed.ts';
import { formatTable, type Row } from './table.ts';
import { startBenchCore } from './temp-core.ts';

const NOW = '2026-11-26T09:00:00.000Z';

async function mustOk(dispatch: Dispatch, method: string, input: unknown): Promise<void> {
  const envelope = await dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
}

/** Writes: each dispatch call is one validated, transactional, fsynced create (and its read-back). */
async function creates(n: number): Promise<Row[]> {
  const core = await startBenchCore();
  try {
    const db = core.ctx.db;
    const dataset = generateDataset();
    const { clients } = await loadThroughDispatch(core.dispatch, dataset);
    const ids = Array.from({ length: 2 * n + 200 }, () => uuidv7());
    const insertClient = db.prepare(
      `INSERT INTO clients (id, name, color, time_zone, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertChannel = db.prepare(
      `INSERT INTO channels (id, client_id, network, kind, handle, url, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const clientInput = (i: number) => dataset.clients[i % dataset.clients.length] ?? dataset.clients[0];
    const clientCreate = await measurePair(
      n,
      (i) => mustOk(core.dispatch, 'clients.create', clientInput(i)),
      (i) => {
        const c = clientInput(i);
        insertClient.run(ids[i], c?.name, c?.color, c?.timeZone, c?.notes, NOW, NOW);
      },
    );
    let next = n + 100;
    const channelCreate = await measurePair(
      n,
      (i) =>
        mustOk(core.dispatch, 'channels.create', {
          clientId: clients[i % clients.length]?.id,
          network: NETWORK_IDS[i % NETWORK_IDS.length],
          handle: `@handle_${i}`,
          url: `https://example.org/${i}`,
        }),
      (i) => {
        const network = NETWORK_IDS[i % NETWORK_IDS.length] ?? 'other';
        insertChannel.run(
          ids[next++],
          clients[i % clients.length]?.id,
          network,
          NETWORKS[network].defaultKind,
          `@raw_${i}`,
          `https://example.org/${i}`,
          NOW,
          NOW,
        );
      },
    );
    return [
      { operation: 'clients.create', ...clientCreate, budget: { p95: 5000, ratio: 1.5 } },
      { operation: 'channels.create', ...channelCreate, budget: { p95: 5000, ratio: 1.5 } },
    ];
  } finally {
    await core.dispose();
  }
}

/** Reads on the heavy freelancer's folder: 10 clients, 60 channels. */
async function lists(n: number): Promise<Row[]> {
  const core = await startBenchCore();
  try {
    const db = core.ctx.db;
    const { clients } = await loadThroughDispatch(core.dispatch, generateDataset());
    const listClients = db.prepare(
      `SELECT c.*, (SELECT count(*) FROM channels h
                    WHERE h.client_id = c.id AND h.deleted_at IS NULL AND h.archived_at IS NULL) AS channel_count
       FROM clients c WHERE c.deleted_at IS NULL AND c.archived_at IS NULL ORDER BY c.name COLLATE NOCASE, c.id`,
    );
    const listChannels = db.prepare(
      `SELECT * FROM channels WHERE client_id = ? AND deleted_at IS NULL AND archived_at IS NULL
       ORDER BY network, handle COLLATE NOCASE, id`,
    );
    const clientList = await measurePair(
      n,
      () => mustOk(core.dispatch, 'clients.list', undefined),
      () => listClients.all(),
    );
    const channelList = await measurePair(
      n,
      (i) => mustOk(core.dispatch, 'channels.list', { clientId: clients[i % clients.length]?.id }),
      (i) => listChannels.all(clients[i % clients.length]?.id),
    );
    return [
      { operation: 'clients.list (10 clients)', ...clientList },
      { operation: 'channels.list (~6 per client)', ...channelList },
    ];
  } finally {
    await core.dispose();
  }
}

export const name = 'Clients and channels through the validating dispatch vs raw better-sqlite3';

export async function run(n: { writes: number; reads: number }): Promise<string> {
  return formatTable(name, [...(await creates(n.writes)), ...(await lists(n.reads))]);
}
