import { describe, expect, it, vi } from 'vitest';
import {
  onOpenRequest,
  requestOpen,
  takeOpenRequest,
} from '../../../../../renderer/features/ideas/open-request.ts';

describe('an idea to open on the ideas screen', () => {
  it('is taken once, by its client’s screen, which hears of it if already open', () => {
    const heard = vi.fn();
    const stop = onOpenRequest(heard);
    requestOpen({ clientId: 'c1', ideaId: 'i1', scope: 'shared' });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(takeOpenRequest('c2')).toBeNull();
    expect(takeOpenRequest('c1')).toEqual({ clientId: 'c1', ideaId: 'i1', scope: 'shared' });
    expect(takeOpenRequest('c1')).toBeNull();
    stop();
    requestOpen({ clientId: 'c1', ideaId: 'i2', scope: 'client' });
    expect(heard).toHaveBeenCalledTimes(1);
    takeOpenRequest('c1');
  });
});
