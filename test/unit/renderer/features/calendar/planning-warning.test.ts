import { describe, expect, it } from 'vitest';
import { offsetLabel, planningWarning } from '../../../../../renderer/features/calendar/planning-warning.ts';
import { copiedStatus, POST_STATUSES } from '../../../../../shared/domain/post.ts';

const NOW = Date.parse('2027-01-13T12:00:00Z');
const PAST = NOW - 60_000;
const FUTURE = NOW + 60_000;

describe('planningWarning', () => {
  it('warns about a draft or ready post whose time has passed', () => {
    expect(planningWarning('draft', PAST, NOW)).toBe('pastNotPublished');
    expect(planningWarning('ready', PAST, NOW)).toBe('pastNotPublished');
    expect(planningWarning('ready', FUTURE, NOW)).toBeNull();
  });

  it('warns about a post marked published at a time still to come, not one already out', () => {
    expect(planningWarning('published', FUTURE, NOW)).toBe('futurePublished');
    expect(planningWarning('published', PAST, NOW)).toBeNull();
  });

  it('leaves ideas and cancelled posts alone, past or future', () => {
    for (const status of ['idea', 'cancelled'] as const) {
      expect(planningWarning(status, PAST, NOW)).toBeNull();
      expect(planningWarning(status, FUTURE, NOW)).toBeNull();
    }
  });
});

describe('offsetLabel', () => {
  it.each([
    [2 * 3_600_000, 'UTC+2'],
    [3_600_000, 'UTC+1'],
    [-5 * 3_600_000, 'UTC−5'],
    [5.5 * 3_600_000, 'UTC+5:30'],
    [0, 'UTC+0'],
  ])('%d ms reads %s', (ms, label) => expect(offsetLabel(ms)).toBe(label));
});

describe('copiedStatus', () => {
  it('never gives a copy the published or cancelled status', () => {
    for (const status of POST_STATUSES)
      for (const keep of [true, false])
        expect(['published', 'cancelled']).not.toContain(copiedStatus(status, keep));
  });
});
