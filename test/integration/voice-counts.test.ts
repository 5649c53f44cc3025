import { describe, expect, it } from 'vitest';
import { bucketStart } from '../../electron/services/numbers/kpi-dashboard.ts';
import { addDays } from '../../shared/calendar/dates.ts';
import { SENTIMENTS } from '../../shared/domain/mention.ts';
import type { Subject } from '../../shared/domain/mention-subject.ts';
import type { NetworkId } from '../../shared/networks.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { listeningMentionByMention } from '../support/readers/voice-reference.ts';
import { clientInput } from '../support/seeds/inputs.ts';
import { random } from '../support/seeds/random.ts';

const NETWORKS: readonly NetworkId[] = ['instagram', 'facebook', 'x'];
const FROM = '2026-10-01';
const TO = '2026-11-01';
const PREVIOUS = '2026-09-01';

/** Ragged ends around whole months: the year's chart reads months, and days at each end. */
const YEAR = { previousFrom: '2025-01-17', from: '2025-12-15', to: '2026-11-20' };

/** The dashboard's listening, and the same counted mention by mention from the journal itself. */
async function bothWays(
  core: TestCore,
  clientId: string,
  range = { previousFrom: PREVIOUS, from: FROM, to: TO },
) {
  const dashboard = await core.call('kpis.dashboard', { clientId, ...range });
  const reference = listeningMentionByMention(
    core.ctx.db,
    clientId,
    {
      ...range,
      pointOf: (date) => bucketStart(date, dashboard.bucket),
      points: dashboard.listening.series.map((p) => p.start),
    },
    {
      current: dashboard.current.totals.sums.engagements,
      previous: dashboard.previous.totals.sums.engagements,
    },
  );
  return { counted: dashboard.listening, reference };
}

describe('the day counts share of voice reads follow every change to the journal', () => {
  it('agree with the mentions counted one by one after creates, edits, trash, restores and purges', async () => {
    const core = await startTestCore();
    const client = await core.call(
      'clients.create',
      clientInput({ name: 'Boulangerie', timeZone: 'Europe/Paris' }),
    );
    const other = await core.call(
      'clients.create',
      clientInput({ name: 'Fromagerie', timeZone: 'Europe/Paris' }),
    );
    const fournil = await core.call('competitors.create', {
      clientId: client.id,
      name: 'Fournil',
      color: '#123456',
    });
    const caron = await core.call('competitors.create', {
      clientId: client.id,
      name: 'Caron',
      color: '#654321',
    });
    const rivals = [fournil, caron];
    const rng = random(15);
    const subject = (): Subject => {
      const roll = rng.next();
      if (roll < 0.4) return { kind: 'brand' };
      if (roll < 0.85) return { kind: 'competitor', competitorId: rng.pick(rivals).id };
      return { kind: 'topic', topic: 'Pain au levain' };
    };
    const mention = () => ({
      date:
        rng.next() < 0.5 ? addDays(PREVIOUS, rng.int(0, 60)) : addDays(YEAR.previousFrom, rng.int(0, 670)),
      time: '10:00',
      network: rng.pick(NETWORKS),
      text: 'Un avis',
      subject: subject(),
      sentiment: rng.pick(SENTIMENTS),
    });
    const { ids } = await core.call('mentions.createMany', {
      clientId: client.id,
      mentions: Array.from({ length: 150 }, mention),
    });
    await core.call('mentions.createMany', {
      clientId: other.id,
      mentions: [{ ...mention(), subject: { kind: 'brand' } }],
    });

    // Each kind of edit that moves a mention from one count to another, on a random mention.
    for (let i = 0; i < 60; i++) {
      const id = rng.pick(ids);
      const edit = rng.int(0, 3);
      const patch =
        edit === 0
          ? { sentiment: rng.pick(SENTIMENTS) }
          : edit === 1
            ? { subject: subject() }
            : edit === 2
              ? { network: rng.pick(NETWORKS) }
              : { date: addDays(PREVIOUS, rng.int(0, 60)) };
      await core.call('mentions.update', { id, ...patch });
    }
    let both = await bothWays(core, client.id);
    expect(both.counted).toEqual(both.reference);
    const year = await bothWays(core, client.id, YEAR);
    expect(year.counted).toEqual(year.reference);
    expect(year.counted.series.map((p) => p.start).slice(0, 2)).toEqual(['2025-12-01', '2026-01-01']);

    const trashed = await core.call('mentions.delete', { ids: ids.slice(0, 30) });
    both = await bothWays(core, client.id);
    expect(both.counted).toEqual(both.reference);
    await core.call('trash.restoreMany', {
      refs: trashed.slice(0, 10).map((t) => ({ type: t.type, id: t.id })),
    });
    await core.call('trash.purge', { type: 'mention', id: (trashed[20] as { id: string }).id });
    both = await bothWays(core, client.id);
    expect(both.counted).toEqual(both.reference);

    // A competitor in the trash leaves the counts, comes back with them, and purged takes its mentions.
    await core.call('competitors.delete', { id: fournil.id });
    both = await bothWays(core, client.id);
    expect(both.counted).toEqual(both.reference);
    await core.call('trash.restore', { type: 'competitor', id: fournil.id });
    await core.call('competitors.delete', { id: fournil.id });
    await core.call('trash.purge', { type: 'competitor', id: fournil.id });
    both = await bothWays(core, client.id);
    expect(both.counted).toEqual(both.reference);
    expect(both.counted.current.all.competitors[fournil.id]).toBeUndefined();

    // A purged client leaves no count behind; the other client's are untouched.
    const days = (id: string) =>
      core.ctx.db.prepare('SELECT count(*) AS n FROM mention_days WHERE client_id = ?').get(id) as {
        n: number;
      };
    expect(days(client.id).n).toBeGreaterThan(0);
    await core.call('clients.delete', { id: client.id });
    await core.call('trash.purge', { type: 'client', id: client.id });
    expect(days(client.id).n).toBe(0);
    expect(days(other.id).n).toBe(1);
  });
});
