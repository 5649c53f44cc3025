import { describe, expect, it } from 'vitest';
import {
  channelsFor,
  dayChoices,
  defaultDay,
  pastUseBefore,
} from '../../../../../renderer/features/ideas/plan-choices.ts';
import { makeChannel } from '../../support/make-channel.ts';

describe('planning an idea', () => {
  it('offers the live channels, those on the idea’s network first', () => {
    const linkedin = makeChannel({ id: 'li', network: 'linkedin' });
    const instagram = makeChannel({ id: 'ig', network: 'instagram' });
    const old = makeChannel({ id: 'old', network: 'instagram', archived: true });
    expect(channelsFor([linkedin, old, instagram], 'instagram').map((c) => c.id)).toEqual(['ig', 'li']);
    expect(channelsFor([linkedin, instagram], null).map((c) => c.id)).toEqual(['li', 'ig']);
  });

  it('offers the week ahead, tomorrow first unless the idea must be used today', () => {
    expect(dayChoices('2026-12-28')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(defaultDay('2026-12-07', null)).toBe('2026-12-08');
    expect(defaultDay('2026-12-07', '2026-12-07')).toBe('2026-12-07');
    expect(defaultDay('2026-12-07', '2026-12-20')).toBe('2026-12-08');
  });

  it('warns when the day comes after the idea’s last useful day', () => {
    expect(pastUseBefore('2026-12-10', '2026-12-09')).toBe(true);
    expect(pastUseBefore('2026-12-09', '2026-12-09')).toBe(false);
    expect(pastUseBefore('2026-12-09', null)).toBe(false);
  });
});
