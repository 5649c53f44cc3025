import type { z } from 'zod';
import type { Language } from '../../../shared/domain/prefs.ts';
import {
  type ActiveSlot,
  AGE_BANDS,
  type AgeBand,
  GENDERS,
  type Gender,
  type PlaceKind,
  type Segment,
  type SegmentFields,
  SIZE_MAX,
} from '../../../shared/domain/segment.ts';
import type { Issue } from '../../../shared/errors.ts';
import { parseNumber } from '../../../shared/metrics/number-parse.ts';
import type { NetworkId } from '../../../shared/networks.ts';
import { parseShare, shareText } from './share-parse.ts';

/** One row of the places list; `key` keeps React's rows (and their errors) apart as rows come and go. */
export interface PlaceRow {
  key: string;
  kind: PlaceKind;
  name: string;
  share: string;
}

/** The editor's fields as the user types them: shares and size are text until saved. */
export interface SegmentValues {
  name: string;
  description: string;
  places: PlaceRow[];
  ages: Record<AgeBand, string>;
  genders: Record<Gender, string>;
  sectors: string[];
  interests: string[];
  networks: NetworkId[];
  active: ActiveSlot[];
  size: string;
  notes: string;
}

export type SegmentInput = z.input<typeof SegmentFields>;

let rowCount = 0;
export const placeRow = (over: Partial<PlaceRow> = {}): PlaceRow => {
  rowCount += 1;
  return { key: `place-${rowCount}`, kind: 'city', name: '', share: '', ...over };
};

const shareTexts = <K extends string>(
  keys: readonly K[],
  shares: Partial<Record<K, number>>,
  language: Language,
): Record<K, string> =>
  Object.fromEntries(keys.map((k) => [k, shareText(shares[k], language)])) as Record<K, string>;

export function valuesOf(segment: Segment | undefined, language: Language): SegmentValues {
  return {
    name: segment?.name ?? '',
    description: segment?.description ?? '',
    places: (segment?.places ?? []).map((p) =>
      placeRow({ kind: p.kind, name: p.name, share: shareText(p.share, language) }),
    ),
    ages: shareTexts(AGE_BANDS, segment?.ages ?? {}, language),
    genders: shareTexts(GENDERS, segment?.genders ?? {}, language),
    sectors: segment?.sectors ?? [],
    interests: segment?.interests ?? [],
    networks: segment?.networks ?? [],
    active: segment?.active ?? [],
    size: segment?.sizeEstimate == null ? '' : String(segment.sizeEstimate),
    notes: segment?.notes ?? '',
  };
}

/**
 * The contract's fields from what was typed, and what could not even be read as a number (those
 * stay here, with an issue on their field, rather than reaching the server as something else).
 * Issue paths are the contract's, so the server's refusals and these land on the same fields.
 */
export function inputOf(values: SegmentValues, language: Language): { input: SegmentInput; issues: Issue[] } {
  const issues: Issue[] = [];
  const share = (text: string, path: string[]): number | null => {
    const value = parseShare(text);
    if (Number.isNaN(value)) issues.push({ path, code: 'notANumber' });
    return value;
  };
  const shares = <K extends string>(
    group: 'ages' | 'genders',
    keys: readonly K[],
    texts: Record<K, string>,
  ) => {
    const out: Partial<Record<K, number>> = {};
    for (const k of keys) {
      const value = share(texts[k], [group, k]);
      if (value !== null && !Number.isNaN(value)) out[k] = value;
    }
    return out;
  };
  // A row left blank is a row the user did not use, not a place without a name.
  const places = keptPlaces(values.places).map((row, i) => ({
    kind: row.kind,
    name: row.name,
    share: share(row.share, ['places', String(i), 'share']),
  }));
  const size = parseNumber(values.size, { kind: 'count', locale: language });
  if (!size.ok)
    issues.push({
      path: ['sizeEstimate'],
      code: size.code,
      ...(size.code === 'tooBig' ? { params: { max: SIZE_MAX } } : {}),
    });
  return {
    input: {
      name: values.name,
      description: values.description,
      places,
      ages: shares('ages', AGE_BANDS, values.ages),
      genders: shares('genders', GENDERS, values.genders),
      sectors: values.sectors,
      interests: values.interests,
      networks: values.networks,
      active: values.active,
      sizeEstimate: size.ok ? size.value : null,
      notes: values.notes,
    },
    issues,
  };
}

export const keptPlaces = (rows: readonly PlaceRow[]) =>
  rows.filter((r) => r.name.trim() !== '' || r.share.trim() !== '');

/**
 * Issues keyed by the field they belong to: `name`, `ages.18-24`, `places.<row key>.share`. The
 * contract numbers places among the rows sent; the editor names them by row.
 */
export function issuesByField(issues: readonly Issue[], places: readonly PlaceRow[]): Record<string, Issue> {
  const kept = keptPlaces(places);
  const out: Record<string, Issue> = {};
  for (const issue of issues) {
    const [field, index, ...rest] = issue.path;
    if (field === undefined) continue;
    let key = field;
    if (field === 'places' && index !== undefined) {
      const row = kept[Number(index)];
      key = row ? ['places', row.key, ...(rest.length ? rest : ['name'])].join('.') : 'places';
    } else if (index !== undefined) key = `${field}.${index}`;
    out[key] ??= issue;
  }
  return out;
}
