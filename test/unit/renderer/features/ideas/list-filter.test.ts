import { describe, expect, it } from 'vitest';
import {
  captureShows,
  isFiltered,
  listInput,
  NO_FILTERS,
} from '../../../../../renderer/features/ideas/list-filter.ts';

describe('the list’s query', () => {
  it('asks for the client’s bank with the shared ideas, or the shared bank alone', () => {
    expect(listInput('client', 'c1', NO_FILTERS)).toEqual({ clientId: 'c1', sort: 'newest' });
    expect(listInput('shared', 'c1', { ...NO_FILTERS, sort: 'title' })).toEqual({
      clientId: null,
      sort: 'title',
    });
  });

  it('sends only the filters chosen, and no pillar to the shared bank', () => {
    const f = {
      ...NO_FILTERS,
      search: ' café ',
      statuses: ['new' as const],
      pillarIds: ['p1'],
      tags: ['yoga'],
    };
    expect(listInput('client', 'c1', f)).toEqual({
      clientId: 'c1',
      sort: 'newest',
      search: 'café',
      statuses: ['new'],
      pillarIds: ['p1'],
      tags: ['yoga'],
    });
    expect(listInput('shared', 'c1', f)).not.toHaveProperty('pillarIds');
  });

  it('knows when the list is filtered, the sort aside', () => {
    expect(isFiltered({ ...NO_FILTERS, sort: 'status' })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, search: 'x' })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, networks: ['x'] })).toBe(true);
  });

  it('tells whether a captured idea will show under the filters', () => {
    expect(captureShows(NO_FILTERS, 'Anything')).toBe(true);
    expect(captureShows({ ...NO_FILTERS, search: 'cafe' }, 'Café yoga')).toBe(true);
    expect(captureShows({ ...NO_FILTERS, search: 'tea' }, 'Café yoga')).toBe(false);
    expect(captureShows({ ...NO_FILTERS, statuses: ['used'] }, 'Café')).toBe(false);
    expect(captureShows({ ...NO_FILTERS, tags: ['yoga'] }, 'Café')).toBe(false);
  });
});
