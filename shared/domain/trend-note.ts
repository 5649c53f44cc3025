import { z } from 'zod';
import { NETWORK_IDS, type NetworkId } from '../networks.ts';
import { Id, IsoDateSchema, label, OptionalHttpUrl, type RowMeta } from './fields.ts';

/** "This audio is trending on Reels": what is current, noted on a day, for a while. */
export interface TrendNote extends RowMeta {
  /** null: for every client. */
  clientId: string | null;
  text: string;
  url: string;
  network: NetworkId | null;
  notedOn: string;
  /** The first day it is no longer shown. */
  expiresOn: string;
}

export const TREND_TEXT_MAX = 280;
/** A trend is current for weeks, a season at most. */
export const TREND_DAYS_MAX = 366;

const TrendFields = z.strictObject({
  text: label(TREND_TEXT_MAX),
  url: OptionalHttpUrl,
  network: z.enum(NETWORK_IDS, { message: 'unknownNetwork' }).nullable(),
  notedOn: IsoDateSchema,
  expiresOn: IsoDateSchema,
});
const fields = TrendFields.shape;

export const TrendCreate = z.strictObject({
  clientId: Id.nullable(),
  text: fields.text,
  url: fields.url.default(''),
  network: fields.network.default(null),
  notedOn: fields.notedOn,
  expiresOn: fields.expiresOn,
});
export type TrendCreate = z.input<typeof TrendCreate>;

export const TrendUpdate = z.strictObject({ id: Id, ...TrendFields.partial().shape });
export type TrendUpdate = z.input<typeof TrendUpdate>;

export const TrendFilter = z.strictObject({
  /** A client's notes with the shared ones, or null for the shared ones alone. */
  clientId: Id.nullable(),
  /** Notes whose time has passed are hidden unless asked for. */
  includeExpired: z.boolean().default(false),
});
export type TrendFilter = z.input<typeof TrendFilter>;
