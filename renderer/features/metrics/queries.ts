import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { isIsoDate } from '../../../shared/calendar/dates.ts';
import type { MetricsGridQuery } from '../../../shared/domain/metrics.ts';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';
import { useMethod } from '../../api/use-method.ts';

/** A period's published posts and their numbers; the previous period stays on screen while the next loads. */
export const useMetricsGrid = (input: MetricsGridQuery) =>
  useQuery({
    queryKey: keys.metricsGrid(input),
    queryFn: () => call('metrics.grid', input),
    placeholderData: keepPreviousData,
  });

/** Each channel's latest follower count on or before a day: the weekly form's previous values. */
export const useLatestFollowers = (clientId: string, on: string) =>
  useQuery({
    queryKey: keys.followers(clientId, on),
    queryFn: () => call('followers.latest', { clientId, on }),
    // The date field may be half typed or cleared: ask only for a real day.
    enabled: isIsoDate(on),
    placeholderData: keepPreviousData,
  });

// Numbers and follower counts feed the dashboard and the objectives' progress.
const NUMBERS = [keys.metrics, keys.objectives];

/**
 * The grid shows a saved value at once and writes the returned numbers into its own cache, so the
 * refresh of everything else happens in the background, never under the user's typing.
 */
export const useSaveMetrics = () =>
  useMethod('metrics.save', { invalidates: NUMBERS, inlineErrors: true, refreshInBackground: true });

export const useSaveFollowers = () =>
  useMethod('followers.save', { invalidates: NUMBERS, inlineErrors: true });
