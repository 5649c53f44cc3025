import { describe, expect, it } from 'vitest';
import {
  type AuditDraft,
  actionsToSend,
  draftOf,
  patchOf,
  savedDraft,
  withSavedIds,
} from '../../../../../renderer/features/audit/audit-draft.ts';
import type { Audit } from '../../../../../shared/domain/audit.ts';

const id = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;

function makeAudit(over: Partial<Audit> = {}): Audit {
  return {
    id: id(1),
    clientId: id(2),
    title: '',
    from: '2026-07-01',
    to: '2026-10-01',
    basis: null,
    finishedAt: null,
    answers: [1, 2, 3, 4, 5, 6].map((q) => ({ question: q as 1, score: null, notes: '' })),
    actions: [
      { id: id(11), question: 1, text: 'Two reels a week', became: null },
      {
        id: id(12),
        question: null,
        text: 'Answer comments within a day',
        became: { kind: 'post', id: id(99) },
      },
    ],
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    deletedAt: null,
    ...over,
  };
}

const edit = (d: AuditDraft, change: (d: AuditDraft) => AuditDraft) => change(structuredClone(d));

describe('what the audit’s autosave sends', () => {
  const saved = draftOf(makeAudit());

  it('is nothing when nothing changed', () => {
    expect(patchOf(saved, structuredClone(saved))).toBeNull();
    // A title changed only by spaces around it is the same title.
    expect(
      patchOf(
        saved,
        edit(saved, (d) => ({ ...d, title: '  ' })),
      ),
    ).toBeNull();
  });

  it('holds back a title the contract refuses, and still sends the scores typed after it', () => {
    const next = edit(saved, (d) => {
      d.title = 'Automne \u202e';
      d.answers[0] = { score: 3, notes: '' };
      return d;
    });
    expect(patchOf(saved, next)).toEqual({ answers: [{ question: 1, score: 3 }] });
  });

  it('is only the answer that changed, with only its changed part', () => {
    const next = edit(saved, (d) => {
      d.answers[2] = { score: 4, notes: '' };
      d.answers[4] = { score: null, notes: 'LinkedIn is quiet' };
      return d;
    });
    expect(patchOf(saved, next)).toEqual({
      answers: [
        { question: 3, score: 4 },
        { question: 5, notes: 'LinkedIn is quiet' },
      ],
    });
  });

  it('sends the period, basis, title and finished flag when they change, the period only once it reads', () => {
    const next = edit(saved, (d) => ({
      ...d,
      title: ' Summer ',
      from: '2026-06-01',
      basis: 'impressions',
      finished: true,
    }));
    expect(patchOf(saved, next)).toEqual({
      title: 'Summer',
      from: '2026-06-01',
      basis: 'impressions',
      finished: true,
    });
    expect(patchOf(saved, next, false)).toEqual({ title: 'Summer', basis: 'impressions', finished: true });
  });

  it('sends the whole list of actions, in order, when any of them changed', () => {
    const next = edit(saved, (d) => {
      d.actions = [
        { key: 'new-1', id: null, question: 4, text: '  Post at 18:00 ', became: null },
        ...d.actions.map((a) => (a.id === id(11) ? { ...a, text: 'Three reels a week' } : a)),
      ];
      return d;
    });
    expect(patchOf(saved, next)?.actions).toEqual([
      { question: 4, text: 'Post at 18:00' },
      { id: id(11), question: 1, text: 'Three reels a week' },
      { id: id(12), question: null, text: 'Answer comments within a day' },
    ]);
    const removed = edit(saved, (d) => ({ ...d, actions: d.actions.slice(1) }));
    expect(patchOf(saved, removed)?.actions).toEqual([
      { id: id(12), question: null, text: 'Answer comments within a day' },
    ]);
  });

  it('keeps an action’s saved words while its field is emptied, and leaves out a new one with none', () => {
    const next = edit(saved, (d) => {
      d.actions[0] = { ...d.actions[0], text: '   ' } as AuditDraft['actions'][number];
      d.actions.push({ key: 'new-2', id: null, question: null, text: '', became: null });
      return d;
    });
    // Nothing the server would store differently: no write.
    expect(patchOf(saved, next)).toBeNull();
    const { list, sent } = actionsToSend(next.actions, saved.actions);
    expect(list.map((a) => a.text)).toEqual(['Two reels a week', 'Answer comments within a day']);
    expect(sent).toEqual([id(11), id(12)]);
  });

  it('gives new actions the ids the server answered with, keeping their keys and what each became', () => {
    const screen = [
      { key: id(11), id: id(11), question: 1 as const, text: 'Two reels a week', became: null },
      { key: 'new-3', id: null, question: null, text: 'Log numbers on Mondays', became: null },
    ];
    const stored = makeAudit({
      actions: [
        { id: id(11), question: 1, text: 'Two reels a week', became: { kind: 'objective', id: id(98) } },
        { id: id(13), question: null, text: 'Log numbers on Mondays', became: null },
      ],
    });
    const withIds = withSavedIds(screen, [id(11), 'new-3'], stored);
    expect(withIds.map((a) => [a.key, a.id, a.became?.kind ?? null])).toEqual([
      [id(11), id(11), 'objective'],
      ['new-3', id(13), null],
    ]);
    expect(savedDraft(stored, withIds).actions.map((a) => a.key)).toEqual([id(11), 'new-3']);
    // Once saved, the same list is no change.
    expect(
      patchOf(savedDraft(stored, withIds), { ...savedDraft(stored, withIds), actions: withIds }),
    ).toBeNull();
  });
});
