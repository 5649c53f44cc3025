/**
 * A minimal RFC 5545 writer: what calendar apps need to show a client's planned posts.
 * Every instant is written in UTC (`…Z`), so the file needs no VTIMEZONE block and each app shows
 * the events on its own clock.
 */

const CRLF = '\r\n';
/** RFC 5545 §3.1: content lines SHOULD NOT be longer than 75 octets, line break excluded. */
const LINE_OCTETS = 75;

export const ICS_PRODID = '-//Calepin//Calepin//EN';

export type IcsStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';

export interface IcsEvent {
  uid: string;
  /** UTC instants (ISO 8601). */
  start: string;
  end: string;
  summary: string;
  description: string;
  /** An http(s) address, or '' for none. */
  url: string;
  status: IcsStatus;
  categories: readonly string[];
  created: string;
  lastModified: string;
}

export interface IcsCalendar {
  name: string;
  /** When the file was written (DTSTAMP of every event). */
  stamp: string;
  events: readonly IcsEvent[];
}

const utf8Octets = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a content line at 75 octets (the continuation's leading space counts). The loop walks code
 * points, so a multi-byte UTF-8 sequence (é, 🥐) always lands whole on one side of a fold.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = LINE_OCTETS;
  for (const char of line) {
    const octets = utf8Octets(char.codePointAt(0) ?? 0);
    if (size + octets > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = LINE_OCTETS - 1;
    }
    current += char;
    size += octets;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** TEXT may not hold control characters (tab aside); line breaks become `\n` below. */
function withoutControls(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x20 ? code !== 0x7f : char === '\t' || char === '\n' || char === '\r') out += char;
  }
  return out;
}

/** RFC 5545 §3.3.11 TEXT escaping: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return withoutControls(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** `2026-11-23T08:30:00.000Z` → `20261123T083000Z` (DATE-TIME in UTC form). */
export function icsUtc(instant: string): string {
  return new Date(instant)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

const line = (name: string, value: string): string => foldLine(`${name}:${value}`);

function eventLines(event: IcsEvent, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    line('UID', escapeText(event.uid)),
    line('DTSTAMP', icsUtc(stamp)),
    line('DTSTART', icsUtc(event.start)),
    line('DTEND', icsUtc(event.end)),
    line('SUMMARY', escapeText(event.summary)),
  ];
  if (event.description !== '') lines.push(line('DESCRIPTION', escapeText(event.description)));
  // URL is a URI value, not TEXT: no escaping, and the composer only accepts http(s) addresses.
  if (event.url !== '') lines.push(line('URL', event.url));
  lines.push(line('STATUS', event.status));
  const categories = event.categories.filter((c) => c !== '');
  if (categories.length > 0) lines.push(line('CATEGORIES', categories.map(escapeText).join(',')));
  lines.push(line('CREATED', icsUtc(event.created)), line('LAST-MODIFIED', icsUtc(event.lastModified)));
  lines.push('END:VEVENT');
  return lines;
}

export function writeIcs(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    line('PRODID', ICS_PRODID),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    // Not in RFC 5545, but Apple, Google and Outlook name the imported calendar after it.
    line('X-WR-CALNAME', escapeText(calendar.name)),
    ...calendar.events.flatMap((e) => eventLines(e, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map((l) => `${l}${CRLF}`).join('');
}
