import type { ObjectiveWithProgress } from '../../../../../shared/domain/objective-progress.ts';
import { CLIENT_ID, INSTAGRAM } from './dashboard-fixture.ts';

/**
 * Growing the Instagram community: halfway from 1,000 to 1,500 followers, on track for March, read
 * on 7 and 14 October. The objectives screen and a report's objectives show the same one.
 */
export function objective(overrides: Partial<ObjectiveWithProgress> = {}): ObjectiveWithProgress {
  return {
    id: '0190a000-0000-7000-8000-0000000000d1',
    clientId: CLIENT_ID,
    channelId: INSTAGRAM,
    title: 'Grow the Instagram community',
    kpi: 'followers',
    baseline: 1000,
    target: 1500,
    goal: 'awareness',
    why: 'The spring workshops fill from Instagram.',
    startOn: '2026-10-01',
    deadline: '2027-03-31',
    current: { value: 1250 },
    measure: 'level',
    growth: null,
    knownFrom: null,
    progress: { percent: 50, forecast: 1479.6, status: 'onTrack', knownFromDay: null },
    series: [
      { date: '2026-10-07', value: 1100 },
      { date: '2026-10-14', value: 1250 },
    ],
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-01T09:00:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}
