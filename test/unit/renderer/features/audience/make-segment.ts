import type { Segment } from '../../../../../shared/domain/segment.ts';
import { makeClient } from '../../support/fake-bridge.ts';

/** A stored segment as the bridge returns it; tests override what they are about. */
export function makeSegment(overrides: Partial<Segment> = {}): Segment {
  return {
    id: '0190a000-0000-7000-8000-0000000000a1',
    clientId: makeClient().id,
    name: 'Young parents',
    description: '',
    places: [],
    ages: {},
    genders: {},
    sectors: [],
    interests: [],
    networks: [],
    active: [],
    sizeEstimate: null,
    notes: '',
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}
