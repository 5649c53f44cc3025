import { describe, expect, it } from 'vitest';
import { changedFields, draftOf, newDraft } from '../../../../../renderer/features/calendar/post-draft.ts';
import { checkField, readBudget } from '../../../../../renderer/features/calendar/post-draft-check.ts';
import { makePost } from '../../support/make-post.ts';

const CHANNEL = '0190a000-0000-7000-8000-000000000002';

describe('the composer reads amounts the way people type them', () => {
  it.each([
    ['12,50', 1250],
    ['12.5', 1250],
    ['1 200', 120000],
    ['1\u202f200,00 €', 120000],
    ['0', 0],
    ['', null],
    ['  ', null],
  ])('%j → %j cents', (text, cents) => {
    expect(readBudget(text, 'fr')).toEqual({ ok: true, value: cents });
  });

  it.each([
    ['-5', 'negative'],
    ['12,345', 'tooPrecise'],
    ['douze', 'notANumber'],
    ['1e3', 'notANumber'],
    ['12..5', 'notANumber'],
  ])('%j is not an amount: %s, as the grid says', (text, code) => {
    expect(readBudget(text, 'fr')).toEqual({ ok: false, code });
  });
});

describe('each field is checked with the contract before it is saved', () => {
  const draft = newDraft(CHANNEL, '2026-11-23', '09:00');

  it('accepts a fresh draft field by field', () => {
    for (const field of ['channelId', 'date', 'time', 'caption', 'linkUrl', 'budget'] as const)
      expect(checkField(field, draft, 'en'), field).toBeNull();
  });

  it('flags a link that is not http(s), a bad time and a bad amount with translatable codes', () => {
    expect(checkField('linkUrl', { ...draft, linkUrl: 'javascript:alert(1)' }, 'en')?.code).toBe(
      'invalidUrl',
    );
    expect(checkField('time', { ...draft, time: '25:00' }, 'en')?.code).toBe('invalidTime');
    expect(checkField('date', { ...draft, date: '2026-02-30' }, 'en')?.code).toBe('invalidDate');
    expect(checkField('budget', { ...draft, budget: 'douze' }, 'fr')?.code).toBe('notANumber');
    expect(checkField('budget', { ...draft, budget: '-12' }, 'en')?.code).toBe('negative');
    expect(checkField('budget', { ...draft, budget: '12,505' }, 'fr')?.code).toBe('tooPrecise');
    expect(checkField('budget', { ...draft, budget: '20 000 000' }, 'fr')).toEqual({
      path: ['budget'],
      code: 'tooBig',
      params: { max: '10\u202f000\u202f000' },
    });
    expect(checkField('budget', { ...draft, budget: '1 234,50 €' }, 'fr')).toBeNull();
  });

  it('lists only what changed', () => {
    expect(changedFields(draft, { ...draft, caption: 'Bonjour', paid: true })).toEqual(['caption', 'paid']);
    expect(changedFields(draft, { ...draft })).toEqual([]);
    // Segments compare by content: a list rebuilt with the same ids is no change.
    const targeted = { ...draft, segmentIds: ['0190a000-0000-7000-8000-0000000000a1'] };
    expect(changedFields(draft, targeted)).toEqual(['segmentIds']);
    expect(changedFields(targeted, { ...targeted, segmentIds: [...targeted.segmentIds] })).toEqual([]);
  });
});

describe('a stored post opens on the client’s wall clock', () => {
  it('shows a UTC instant as Paris time, budget in currency units', () => {
    const post = makePost({
      id: '0190a000-0000-7000-8000-000000000009',
      channelId: CHANNEL,
      plannedAt: '2026-03-29T01:30:00.000Z',
      status: 'ready',
      format: 'image',
      caption: 'Croissants',
      campaign: 'Printemps',
      paid: true,
      budgetCents: 1250,
    });
    expect(draftOf(post, 'Europe/Paris')).toMatchObject({
      date: '2026-03-29',
      time: '03:30',
      pillarId: '',
      budget: '12.50',
    });
  });
});
