import type { Input } from '../../../shared/contract.ts';
import type { IDEA_SORTS, IdeaStatus } from '../../../shared/domain/idea.ts';
import type { NetworkId } from '../../../shared/networks.ts';

export type IdeaSort = (typeof IDEA_SORTS)[number];

/** Which bank the list shows: the client's (with the shared ideas, marked), or the shared one alone. */
export type Scope = 'client' | 'shared';

export interface IdeaFilters {
  search: string;
  statuses: IdeaStatus[];
  networks: NetworkId[];
  pillarIds: string[];
  tags: string[];
  sort: IdeaSort;
}

export const NO_FILTERS: IdeaFilters = {
  search: '',
  statuses: [],
  networks: [],
  pillarIds: [],
  tags: [],
  sort: 'newest',
};

/** Whether the list shows fewer ideas than the bank holds (the sort does not count). */
export const isFiltered = (f: IdeaFilters): boolean =>
  f.search.trim() !== '' || f.statuses.length + f.networks.length + f.pillarIds.length + f.tags.length > 0;

/**
 * The list's query. Pillars are a client's: in the shared bank, where ideas have none, a pillar
 * chosen for the client's list is left out rather than emptying the list.
 */
export function listInput(scope: Scope, clientId: string, f: IdeaFilters): Input<'ideas.list'> {
  return {
    clientId: scope === 'client' ? clientId : null,
    sort: f.sort,
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    ...(f.statuses.length ? { statuses: f.statuses } : {}),
    ...(f.networks.length ? { networks: f.networks } : {}),
    ...(scope === 'client' && f.pillarIds.length ? { pillarIds: f.pillarIds } : {}),
    ...(f.tags.length ? { tags: f.tags } : {}),
  };
}

/**
 * Whether an idea just captured would show under these filters: a new idea has no network,
 * pillar or tag yet, and it matches a search only if its title does (accents and case ignored).
 */
export function captureShows(f: IdeaFilters, title: string): boolean {
  if (f.statuses.length > 0 && !f.statuses.includes('new')) return false;
  if (f.networks.length + f.pillarIds.length + f.tags.length > 0) return false;
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');
  const words = fold(f.search).split(/\s+/).filter(Boolean);
  const text = fold(title);
  return words.every((w) => text.includes(w));
}
