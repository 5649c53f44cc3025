import { z } from 'zod';
import { ENGAGEMENT_BASES, type EngagementBasis } from '../kpi/formulas.ts';
import { Color, Currency, Id, Name, Notes, type RowMeta, TimeZone } from './fields.ts';

export interface Client extends RowMeta {
  name: string;
  color: string;
  timeZone: string;
  /** ISO 4217; budgets and spend are in it. */
  currency: string;
  /** The engagement rate the dashboard shows by default; every figure says which basis it uses. */
  engagementBasis: EngagementBasis;
  notes: string;
  archived: boolean;
  /** Live (not archived, not deleted) channels of this client. */
  channelCount: number;
}

const Basis = z.enum(ENGAGEMENT_BASES, { message: 'invalidChoice' });

export const ClientCreate = z.strictObject({
  name: Name,
  color: Color,
  timeZone: TimeZone,
  currency: Currency.default('EUR'),
  engagementBasis: Basis.default('reach'),
  notes: Notes.default(''),
});
export type ClientCreate = z.input<typeof ClientCreate>;

export const ClientUpdate = z.strictObject({
  id: Id,
  name: Name.optional(),
  color: Color.optional(),
  timeZone: TimeZone.optional(),
  currency: Currency.optional(),
  engagementBasis: Basis.optional(),
  notes: Notes.optional(),
});
export type ClientUpdate = z.input<typeof ClientUpdate>;

export const CLIENT_COLORS = [
  '#E4572E',
  '#F3A712',
  '#29A36A',
  '#2E86AB',
  '#7B5EA7',
  '#D63A7E',
  '#5C6B73',
  '#1B998B',
] as const;
