import { describe, expect, it } from 'vitest';
import {
  adoptServer,
  checkField,
  contractValue,
  dirtyFields,
  draftOf,
  type IdeaDraft,
  patchOf,
  withScheme,
} from '../../../../../renderer/features/ideas/idea-draft.ts';
import type { Idea } from '../../../../../shared/domain/idea.ts';

const idea: Idea = {
  id: '0190a000-0000-7000-8000-000000000001',
  clientId: '0190a000-0000-7000-8000-000000000009',
  title: 'Behind the scenes',
  notes: '',
  sourceUrl: '',
  expertId: null,
  picture: null,
  tags: ['backstage'],
  pillarId: null,
  network: null,
  segmentId: null,
  useBefore: null,
  status: 'new',
  postIds: [],
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
  deletedAt: null,
};
const server = draftOf(idea);
const typed = (over: Partial<IdeaDraft>): IdeaDraft => ({ ...server, ...over });

describe('an idea’s draft', () => {
  it('sends what the server would store: the title trimmed, a bare domain given https://', () => {
    expect(contractValue('title', typed({ title: '  Café  ' }))).toBe('Café');
    expect(contractValue('sourceUrl', typed({ sourceUrl: ' later.com/blog ' }))).toBe(
      'https://later.com/blog',
    );
    expect(contractValue('sourceUrl', typed({ sourceUrl: 'ftp://x' }))).toBe('ftp://x');
    expect(withScheme('not a link')).toBe('not a link');
    expect(withScheme('')).toBe('');
  });

  it('counts as changed only what would change on the server', () => {
    expect(dirtyFields(typed({ title: 'Behind the scenes ' }), server)).toEqual([]);
    expect(dirtyFields(typed({ tags: ['backstage'] }), server)).toEqual([]);
    expect(dirtyFields(typed({ tags: ['backstage', 'team'], status: 'used' }), server)).toEqual([
      'tags',
      'status',
    ]);
  });

  it('takes a change made elsewhere on the fields the user is not typing in', () => {
    const draft = typed({ title: 'Behind the scenes at 7' });
    const after = { ...server, status: 'planned' as const, title: 'Renamed elsewhere' };
    const next = adoptServer(draft, server, after);
    expect(next.status).toBe('planned');
    expect(next.title).toBe('Behind the scenes at 7');
    expect(adoptServer(draft, server, server)).toBe(draft);
  });

  it('checks each field with the contract’s own schema', () => {
    expect(checkField('title', typed({ title: '   ' }))?.code).toBe('required');
    expect(checkField('title', typed({ title: 'x'.repeat(201) }))).toMatchObject({
      code: 'tooLong',
      params: { max: 200 },
    });
    expect(checkField('sourceUrl', typed({ sourceUrl: 'not a link' }))?.code).toBe('invalidUrl');
    expect(checkField('sourceUrl', typed({ sourceUrl: 'instagram.com/reel/1' }))).toBeNull();
    expect(checkField('useBefore', typed({ useBefore: '2026-02-31' }))).not.toBeNull();
    expect(checkField('title', typed({ title: 'Fine' }))).toBeNull();
  });

  it('patches only the fields given, as the contract takes them', () => {
    expect(patchOf(['title', 'sourceUrl'], typed({ title: ' New ', sourceUrl: 'a.fr' }))).toEqual({
      title: 'New',
      sourceUrl: 'https://a.fr',
    });
  });
});
