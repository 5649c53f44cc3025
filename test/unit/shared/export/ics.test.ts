import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsUtc } from '../../../../shared/export/ics.ts';
import { postSummary, postsToIcs } from '../../../../shared/export/post-ics.ts';
import {
  readIcs as readCalendar,
  icsTextList as textList,
  unescapeIcsText as unescapeText,
} from '../../../support/readers/ics-reader.ts';
import { instagram, linkedin, lookups, post, recipes } from './export-fixtures.ts';

const STAMP = '2026-11-26T09:00:00.000Z';
const write = (posts: ReturnType<typeof post>[]) =>
  postsToIcs(posts, { ...lookups, name: 'Boulangerie Martin · Calepin', stamp: STAMP });

describe('the .ics writer', () => {
  it('writes a calendar a reader accepts: version, product, Gregorian scale, CRLF lines', () => {
    const text = write([post()]);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const { calendar, events } = readCalendar(text);
    expect(calendar.get('PRODID')).toBe('-//Calepin//Calepin//EN');
    expect(calendar.get('CALSCALE')).toBe('GREGORIAN');
    expect(unescapeText(calendar.get('X-WR-CALNAME') ?? '')).toBe('Boulangerie Martin · Calepin');
    expect(events).toHaveLength(1);
  });

  it('gives each post one event at its planned instant in UTC, half an hour long', () => {
    const a = post({ plannedAt: '2026-11-23T08:30:00.000Z' });
    const b = post({ plannedAt: '2026-03-29T01:30:00.000Z', channelId: linkedin.id });
    const { events } = readCalendar(write([a, b]));
    expect(events.map((e) => e.get('UID'))).toEqual([`${a.id}@calepin`, `${b.id}@calepin`]);
    expect(events[0]?.get('DTSTART')).toBe('20261123T083000Z');
    expect(events[0]?.get('DTEND')).toBe('20261123T090000Z');
    expect(events[1]?.get('DTSTART')).toBe('20260329T013000Z');
    expect(events[1]?.get('DTEND')).toBe('20260329T020000Z');
    for (const e of events) expect(e.get('DTSTAMP')).toBe('20261126T090000Z');
  });

  it('titles an event with the network and the first words of the caption, not the time', () => {
    const { events } = readCalendar(write([post()]));
    const summary = unescapeText(events[0]?.get('SUMMARY') ?? '');
    expect(summary).toBe('Instagram · Croissants au beurre ce matin, tout…');
    expect(summary).not.toMatch(/\d{1,2}[:h]\d{2}/);
  });

  it('titles a post without caption with its network and handle', () => {
    expect(postSummary(post({ caption: '' }), instagram)).toBe('Instagram · @boulangerie.martin');
    expect(postSummary(post({ caption: '  \n ' }), linkedin)).toBe('LinkedIn · Boulangerie Martin');
  });

  it('puts the caption, a blank line and the link in the description, and the link in URL', () => {
    const caption = 'Nouveau : la galette des rois 👑\nRéservez la vôtre, dès lundi ; 4, 6 ou 8 parts.';
    const linkUrl = 'https://boulangerie-martin.fr/galette?parts=6&ref=ig';
    const { events } = readCalendar(write([post({ caption, linkUrl }), post({ caption: 'Sans lien' })]));
    expect(unescapeText(events[0]?.get('DESCRIPTION') ?? '')).toBe(`${caption}\n\n${linkUrl}`);
    expect(events[0]?.get('URL')).toBe(linkUrl);
    expect(unescapeText(events[1]?.get('DESCRIPTION') ?? '')).toBe('Sans lien');
    expect(events[1]?.has('URL')).toBe(false);
  });

  it('maps statuses: ideas and drafts tentative, ready and published confirmed, cancelled cancelled', () => {
    const statuses = ['idea', 'draft', 'ready', 'published', 'cancelled'] as const;
    const { events } = readCalendar(write(statuses.map((status) => post({ status }))));
    expect(events.map((e) => e.get('STATUS'))).toEqual([
      'TENTATIVE',
      'TENTATIVE',
      'CONFIRMED',
      'CONFIRMED',
      'CANCELLED',
    ]);
  });

  it('lists the pillar and the campaign as categories, commas inside a name escaped', () => {
    const { events } = readCalendar(
      write([
        post({ pillarId: recipes.id, campaign: 'Noël 2026' }),
        post({ campaign: 'Fête du pain' }),
        post(),
      ]),
    );
    expect(events[0]?.get('CATEGORIES')).toBe('Recettes\\, astuces,Noël 2026');
    expect(textList(events[0]?.get('CATEGORIES') ?? '')).toEqual(['Recettes, astuces', 'Noël 2026']);
    expect(textList(events[1]?.get('CATEGORIES') ?? '')).toEqual(['Fête du pain']);
    expect(events[2]?.has('CATEGORIES')).toBe(false);
  });

  it('folds long lines at 75 octets without splitting an accent or an emoji, and unfolds to the text', () => {
    const caption = `${'Pain de campagne au levain, croûte dorée 🥖🥐👩‍🍳 '.repeat(12)}fin ☕`;
    const text = write([post({ caption })]);
    const bytes = new TextEncoder().encode(text);
    let start = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] !== 0x0d || bytes[i + 1] !== 0x0a) continue;
      const line = bytes.subarray(start, i);
      expect(line.length).toBeLessThanOrEqual(75);
      // Each physical line on its own is valid UTF-8: no sequence was cut by a fold.
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(line)).not.toThrow();
      start = i + 2;
    }
    expect(text.split('\r\n').filter((l) => l.startsWith(' ')).length).toBeGreaterThan(5);
    const { events } = readCalendar(text);
    expect(unescapeText(events[0]?.get('DESCRIPTION') ?? '')).toBe(caption);
  });

  it('escapes backslashes, semicolons, commas and line breaks in text, and drops control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('bip\u0007\tok')).toBe('bip\tok');
    const caption = 'C:\\dossier\\photo.jpg; prix: 2,50 €\nà demain';
    const { events } = readCalendar(write([post({ caption })]));
    expect(unescapeText(events[0]?.get('DESCRIPTION') ?? '')).toBe(caption);
  });
});

describe('folding', () => {
  const octets = (s: string) => new TextEncoder().encode(s).length;

  it('leaves a 75-octet line alone and folds a 76-octet one', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
  });

  it('moves a multi-byte character whole to the next line rather than cutting it', () => {
    const folded = foldLine(`${'a'.repeat(74)}é${'b'.repeat(10)}`);
    expect(folded.split('\r\n')[0]).toBe(`${'a'.repeat(74)}`);
    expect(folded.split('\r\n')[1]).toBe(` é${'b'.repeat(10)}`);
    const emoji = foldLine(`${'a'.repeat(73)}🥐`);
    expect(emoji.split('\r\n').map(octets)).toEqual([73, 5]);
  });

  it('counts the leading space of continuation lines in their 75 octets', () => {
    const lines = foldLine('é'.repeat(200)).split('\r\n');
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.slice(1, -1).every((l) => octets(l) === 75)).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe('é'.repeat(200));
  });

  it('writes instants in the UTC DATE-TIME form', () => {
    expect(icsUtc('2026-10-25T00:30:00.000Z')).toBe('20261025T003000Z');
    expect(icsUtc('2026-12-31T23:59:59Z')).toBe('20261231T235959Z');
  });
});
