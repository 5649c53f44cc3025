import { z } from 'zod';
import { NETWORK_IDS, type NetworkId } from '../networks.ts';
import { Color, HANDLE_MAX, Id, label, Name, Notes, OptionalHttpUrl, type RowMeta } from './fields.ts';
import { Tags } from './tags.ts';

/** One of a competitor's accounts: where its readings are taken. */
export interface CompetitorAccount {
  id: string;
  network: NetworkId;
  handle: string;
  url: string;
}

/** A brand the client is measured against: who they are, where they post, what works for them. */
export interface Competitor extends RowMeta {
  clientId: string;
  name: string;
  color: string;
  notes: string;
  tags: string[];
  archived: boolean;
  accounts: CompetitorAccount[];
}

/** A handful per competitor; a list longer than this is a paste gone wrong. */
export const ACCOUNTS_MAX = 20;

/**
 * A handle as people write it: "@Boulangerie.Dupont" and "boulangerie.dupont" are one account on a
 * network, so the same account cannot be listed twice under a client.
 */
export const handleKey = (handle: string): string => handle.trim().replace(/^@+/, '').toLocaleLowerCase('fr');

const AccountInput = z.strictObject({
  /** Given for an account kept from before (its readings stay with it); absent for a new one. */
  id: Id.optional(),
  network: z.enum(NETWORK_IDS, { message: 'unknownNetwork' }),
  handle: label(HANDLE_MAX),
  url: OptionalHttpUrl.default(''),
});

const Accounts = z
  .array(AccountInput)
  .max(ACCOUNTS_MAX)
  .superRefine((accounts, ctx) => {
    const seen = new Set<string>();
    accounts.forEach((a, i) => {
      const key = `${a.network} ${handleKey(a.handle)}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'handle'], message: 'duplicateAccount' });
      seen.add(key);
    });
  });

const CompetitorFields = z.strictObject({
  name: Name,
  color: Color,
  notes: Notes,
  tags: Tags,
  /** The whole list: accounts left out are removed (their readings kept for an undo that lists them again). */
  accounts: Accounts,
});
const fields = CompetitorFields.shape;

export const CompetitorCreate = z.strictObject({
  clientId: Id,
  name: fields.name,
  color: fields.color,
  notes: fields.notes.default(''),
  tags: fields.tags.default([]),
  accounts: fields.accounts.default([]),
});
export type CompetitorCreate = z.input<typeof CompetitorCreate>;

export const CompetitorUpdate = z.strictObject({ id: Id, ...CompetitorFields.partial().shape });
export type CompetitorUpdate = z.input<typeof CompetitorUpdate>;
