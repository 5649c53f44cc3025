import { z } from 'zod';
import { NETWORK_IDS, type NetworkId } from '../networks.ts';
import { Id, Name, type RowMeta } from './fields.ts';
import { LIST_MAX, Tag, Tags } from './tags.ts';

/** The age bands the networks' insights screens use. */
export const AGE_BANDS = ['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

export const PLACE_KINDS = ['country', 'region', 'city'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayId = (typeof WEEKDAYS)[number];
/** Parts of the day a CM thinks in; finer than this, hand-kept notes are guesses anyway. */
export const DAY_PARTS = ['morning', 'noon', 'afternoon', 'evening', 'night'] as const;
export type DayPart = (typeof DAY_PARTS)[number];
/** `"mon:evening"`: one cell of the "when they are active" grid. */
export type ActiveSlot = `${WeekdayId}:${DayPart}`;
export const ACTIVE_SLOTS: readonly ActiveSlot[] = WEEKDAYS.flatMap((d) =>
  DAY_PARTS.map((p): ActiveSlot => `${d}:${p}`),
);

/** A persona's notes run longer than a client's. */
export const SEGMENT_TEXT_MAX = 20_000;
export const SIZE_MAX = 10_000_000_000;

/** A share of the segment, in percent; one decimal is as precise as anyone's estimate. */
export const Share = z
  .number({ message: 'invalidType' })
  .min(0, { message: 'shareRange' })
  .max(100, { message: 'shareRange' })
  .refine((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-6, { message: 'shareDecimals' });

export interface Place {
  kind: PlaceKind;
  name: string;
  share: number | null;
}

export interface Segment extends RowMeta {
  clientId: string;
  name: string;
  description: string;
  places: Place[];
  ages: Partial<Record<AgeBand, number>>;
  genders: Partial<Record<Gender, number>>;
  sectors: string[];
  interests: string[];
  networks: NetworkId[];
  active: ActiveSlot[];
  sizeEstimate: number | null;
  /** Markdown-lite: paragraphs, **bold**, *italic*, "- " lists. */
  notes: string;
}

/** A choice ticked twice is one choice. */
const unique = <T>(items: T[]): T[] => [...new Set(items)];

const PlaceSchema = z.strictObject({
  kind: z.enum(PLACE_KINDS, { message: 'invalidChoice' }),
  name: Tag,
  share: Share.nullable().default(null),
});

const shareRecord = <K extends string>(keys: readonly [K, ...K[]]) =>
  z.partialRecord(z.enum(keys, { message: 'invalidChoice' }), Share);

export const SegmentFields = z.strictObject({
  // " | " separates a post's segments in a CSV cell: a name holding it could not come back.
  name: Name.refine((v) => !v.includes('|'), { message: 'segmentPipe' }),
  description: z.string().trim().max(SEGMENT_TEXT_MAX),
  places: z.array(PlaceSchema).max(LIST_MAX),
  ages: shareRecord(AGE_BANDS),
  genders: shareRecord(GENDERS),
  sectors: Tags,
  interests: Tags,
  networks: z
    .array(z.enum(NETWORK_IDS, { message: 'unknownNetwork' }))
    .max(NETWORK_IDS.length * 2)
    .transform(unique),
  active: z
    .array(z.enum(ACTIVE_SLOTS as [ActiveSlot, ...ActiveSlot[]], { message: 'invalidChoice' }))
    .max(ACTIVE_SLOTS.length * 2)
    .transform(unique),
  sizeEstimate: z.number().int({ message: 'invalidType' }).min(0).max(SIZE_MAX).nullable(),
  notes: z.string().max(SEGMENT_TEXT_MAX),
});
const fields = SegmentFields.shape;

export const SegmentCreate = z.strictObject({
  clientId: Id,
  name: fields.name,
  description: fields.description.default(''),
  places: fields.places.default([]),
  ages: fields.ages.default({}),
  genders: fields.genders.default({}),
  sectors: fields.sectors.default([]),
  interests: fields.interests.default([]),
  networks: fields.networks.default([]),
  active: fields.active.default([]),
  sizeEstimate: fields.sizeEstimate.default(null),
  notes: fields.notes.default(''),
});
export type SegmentCreate = z.input<typeof SegmentCreate>;

export const SegmentUpdate = z.strictObject({ id: Id, ...SegmentFields.partial().shape });
export type SegmentUpdate = z.input<typeof SegmentUpdate>;

/**
 * The sum of a breakdown's shares, and whether it is off: a breakdown with no share typed is not
 * flagged, one that is typed must add up to 100 (give or take rounding). Flagged, never refused.
 */
export function shareTotal(shares: readonly (number | null | undefined)[]): { total: number; off: boolean } {
  const typed = shares.filter((s): s is number => typeof s === 'number');
  const total = Math.round(typed.reduce((a, b) => a + b, 0) * 10) / 10;
  return { total, off: typed.length > 0 && Math.abs(total - 100) > 0.5 };
}
