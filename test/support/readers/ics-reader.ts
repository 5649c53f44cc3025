import { expect } from 'vitest';

/**
 * A small RFC 5545 reader for tests, written apart from the app's writer so the two cannot share a
 * mistake: check CRLF, unfold, split properties, unescape TEXT.
 */

export type IcsProperties = Map<string, string>;

export function unfoldIcs(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
}

export function unescapeIcsText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** A TEXT list split on the commas that are not escaped. */
export const icsTextList = (value: string): string[] => value.split(/(?<!\\),/).map(unescapeIcsText);

/** The calendar's own properties and one map per VEVENT (property name → raw value). */
export function readIcs(text: string): { calendar: IcsProperties; events: IcsProperties[] } {
  const calendar: IcsProperties = new Map();
  const events: IcsProperties[] = [];
  let current: IcsProperties | null = null;
  for (const line of unfoldIcs(text)) {
    const colon = line.indexOf(':');
    const [name, value] = [line.slice(0, colon), line.slice(colon + 1)];
    if (name === 'BEGIN' && value === 'VEVENT') current = new Map();
    else if (name === 'END' && value === 'VEVENT' && current) {
      events.push(current);
      current = null;
    } else (current ?? calendar).set(name, value);
  }
  return { calendar, events };
}
