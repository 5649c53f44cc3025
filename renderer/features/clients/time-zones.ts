/** Every IANA zone this runtime knows, with UTC first (Intl does not always list it). */
export function allTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

export const systemTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

const offsets = new Map<string, string>();

/** "UTC+1", "UTC−3:30": today's offset, to tell zones apart at a glance. */
export function zoneOffset(zone: string, now: Date = new Date()): string {
  const cached = offsets.get(zone);
  if (cached) return cached;
  const part = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(now)
    .find((p) => p.type === 'timeZoneName')?.value;
  const offset = (part ?? 'GMT').replace('GMT', 'UTC').replace('-', '−');
  offsets.set(zone, offset);
  return offset;
}

export const zoneLabel = (zone: string): string => zone.replaceAll('_', ' ');

/** Matches "new york", "new_york", "paris" or "utc+1" against a zone. */
export function zoneMatches(zone: string, query: string): boolean {
  const q = query.trim().toLowerCase().replaceAll(' ', '_');
  if (!q) return true;
  return zone.toLowerCase().includes(q) || zoneOffset(zone).toLowerCase().replace('−', '-').includes(q);
}
