import { describe, expect, it } from 'vitest';
import {
  cutAtWord,
  daysLeft,
  expiresOn,
  ideaFromTrend,
  isExpired,
  lastDay,
  monthsLater,
} from '../../../../../renderer/features/ideas/trends.ts';
import type { TrendNote } from '../../../../../shared/domain/trend-note.ts';

const trend = (over: Partial<TrendNote>): TrendNote => ({
  id: '0190a000-0000-7000-8000-000000000001',
  clientId: null,
  text: 'This audio is trending on Reels',
  url: 'https://www.instagram.com/reels/audio/1',
  network: 'instagram',
  notedOn: '2026-12-07',
  expiresOn: '2026-12-21',
  createdAt: '2026-12-07T09:00:00.000Z',
  updatedAt: '2026-12-07T09:00:00.000Z',
  deletedAt: null,
  ...over,
});

describe('how long a trend lasts', () => {
  it('counts weeks in days and months on the calendar, from today', () => {
    expect(expiresOn('2026-12-07', 'week1')).toBe('2026-12-14');
    expect(expiresOn('2026-12-07', 'week2')).toBe('2026-12-21');
    expect(expiresOn('2026-12-07', 'month1')).toBe('2027-01-07');
    expect(expiresOn('2026-11-30', 'month3')).toBe('2027-02-28');
    expect(expiresOn('2027-01-31', 'month1')).toBe('2027-02-28');
    expect(expiresOn('2028-01-31', 'month1')).toBe('2028-02-29');
  });

  it('counts a month to the same day, or the shorter month’s last', () => {
    expect(monthsLater('2026-12-07', 1)).toBe('2027-01-07');
    expect(monthsLater('2026-03-31', 1)).toBe('2026-04-30');
    expect(monthsLater('2026-12-31', 2)).toBe('2027-02-28');
  });

  it('is current until the day before it expires', () => {
    const t = trend({});
    expect(lastDay(t)).toBe('2026-12-20');
    expect(daysLeft(t, '2026-12-07')).toBe(13);
    expect(daysLeft(t, '2026-12-20')).toBe(0);
    expect(isExpired(t, '2026-12-20')).toBe(false);
    expect(isExpired(t, '2026-12-21')).toBe(true);
  });
});

describe('a trend made into an idea', () => {
  it('keeps its words, link, network and bank, to be used while it is current', () => {
    expect(ideaFromTrend(trend({ clientId: 'c1' }))).toEqual({
      clientId: 'c1',
      title: 'This audio is trending on Reels',
      notes: '',
      sourceUrl: 'https://www.instagram.com/reels/audio/1',
      network: 'instagram',
      useBefore: '2026-12-20',
    });
  });

  it('cuts a long note to a title at a word, the whole text in the notes', () => {
    const text = `${'Slow zoom on a calm face '.repeat(11)}end`;
    const idea = ideaFromTrend(trend({ text }));
    expect(idea.title.length).toBeLessThanOrEqual(200);
    expect(idea.title.endsWith('…')).toBe(true);
    // Cut between two words, never inside one.
    expect(text.startsWith(`${idea.title.slice(0, -1)} `)).toBe(true);
    expect(idea.notes).toBe(text);
    expect(cutAtWord('a'.repeat(300), 200)).toHaveLength(200);
  });
});
