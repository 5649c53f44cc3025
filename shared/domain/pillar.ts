import { z } from 'zod';
import { Color, Id, Name, type RowMeta } from './fields.ts';

/** A content pillar: a theme the client's posts rotate through (recipes, behind the scenes…). */
export interface Pillar extends RowMeta {
  clientId: string;
  name: string;
  color: string;
}

export const PillarCreate = z.strictObject({ clientId: Id, name: Name, color: Color });
export type PillarCreate = z.input<typeof PillarCreate>;

export const PillarUpdate = z.strictObject({ id: Id, name: Name.optional(), color: Color.optional() });
export type PillarUpdate = z.input<typeof PillarUpdate>;
