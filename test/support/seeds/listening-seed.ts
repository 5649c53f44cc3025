import type { Competitor, CompetitorCreate } from '../../../shared/domain/competitor.ts';
import type { MentionInput, Sentiment } from '../../../shared/domain/mention.ts';
import type { Subject } from '../../../shared/domain/mention-subject.ts';
import type { NetworkId } from '../../../shared/networks.ts';
import type { TestCore } from '../hosts/core.ts';
import { seedCalendar } from './calendar-seed.ts';

/** Whom a mention is about, as the journal's subject picker writes it. */
export const BRAND: Subject = { kind: 'brand' };
export const about = (c: { id: string }): Subject => ({ kind: 'competitor', competitorId: c.id });
export const topic = (name: string): Subject => ({ kind: 'topic', topic: name });

/** One line of the journal as typed: said on a day (10:00 on the client's clock unless told) on a network. */
export const said = (
  date: string,
  network: NetworkId,
  subject: Subject,
  sentiment: Sentiment,
  over: Partial<MentionInput> = {},
): MentionInput => ({
  date,
  time: '10:00',
  network,
  subject,
  sentiment,
  text: `Mention du ${date}`,
  ...over,
});

/** A competitor as the CM first types it: a name, a colour and its accounts. */
export const competitorInput = (
  clientId: string,
  name: string,
  accounts: CompetitorCreate['accounts'] = [],
  over: Partial<CompetitorCreate> = {},
): CompetitorCreate => ({ clientId, name, color: '#3366CC', accounts, ...over });

/**
 * The Paris bakery (Instagram and Facebook) with two competitors: Fournil Dupré, on Instagram and
 * Facebook, and Pâtisserie Caron, on Instagram; the neighbouring cheese shop has none.
 */
export async function seedListening(core: TestCore) {
  const seed = await seedCalendar(core, {
    channels: { ig: {}, fb: { network: 'facebook', handle: 'Boulangerie Martin', url: '' } },
  });
  const { client } = seed;
  const fournil: Competitor = await core.call(
    'competitors.create',
    competitorInput(client.id, 'Fournil Dupré', [
      { network: 'instagram', handle: '@fournil.dupre' },
      { network: 'facebook', handle: 'Fournil Dupré' },
    ]),
  );
  const caron: Competitor = await core.call(
    'competitors.create',
    competitorInput(client.id, 'Pâtisserie Caron', [{ network: 'instagram', handle: '@patisserie.caron' }], {
      color: '#AA3377',
    }),
  );
  /** Logs the lines in one paste, as the journal's "paste a list" does. */
  const log = async (mentions: MentionInput[], clientId = client.id) =>
    (await core.call('mentions.createMany', { clientId, mentions })).ids;
  return { ...seed, fournil, caron, log };
}

/** The account of a competitor on a network (the seed gives each competitor one per network). */
export function accountOn(c: Competitor, network: NetworkId): string {
  const account = c.accounts.find((a) => a.network === network);
  if (!account) throw new Error(`${c.name} has no account on ${network}`);
  return account.id;
}
