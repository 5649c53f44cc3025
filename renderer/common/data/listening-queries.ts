import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract.ts';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';
import { useMethod } from '../../api/use-method.ts';

export const useCompetitors = (clientId: string, includeArchived = false) =>
  useQuery({
    queryKey: keys.competitorList(clientId, includeArchived),
    queryFn: () => call('competitors.list', { clientId, includeArchived }),
  });

export const useCompetitorReadings = (clientId: string, on: string) =>
  useQuery({
    queryKey: keys.competitorReadings(clientId, on),
    queryFn: () => call('competitors.readings', { clientId, on }),
    placeholderData: keepPreviousData,
  });

export const useBenchmark = (input: Input<'competitors.benchmark'>) =>
  useQuery({
    queryKey: keys.benchmark(input),
    queryFn: () => call('competitors.benchmark', input),
    placeholderData: keepPreviousData,
  });

export const useMentions = (input: Input<'mentions.list'>) =>
  useQuery({
    queryKey: keys.mentionList(input),
    queryFn: () => call('mentions.list', input),
    placeholderData: keepPreviousData,
  });

export const useWatchedTerms = (clientId: string) =>
  useQuery({ queryKey: keys.watchedTerms(clientId), queryFn: () => call('mentions.terms', { clientId }) });

// A competitor names mentions' subjects and the terms that point at it; its readings and its
// mentions are counted on the dashboard, in objectives and in the benchmark (all under `metrics`).
const COMPETITORS = [keys.competitors, keys.mentions, keys.metrics, keys.objectives, keys.trash];
const MENTIONS = [keys.mentions, keys.metrics, keys.objectives, keys.trash];

export const useCreateCompetitor = () =>
  useMethod('competitors.create', { invalidates: COMPETITORS, inlineErrors: true });
export const useUpdateCompetitor = () =>
  useMethod('competitors.update', { invalidates: COMPETITORS, inlineErrors: true });
export const useArchiveCompetitor = () => useMethod('competitors.archive', { invalidates: COMPETITORS });
export const useDeleteCompetitor = () => useMethod('competitors.delete', { invalidates: COMPETITORS });
export const useSaveReadings = () =>
  useMethod('competitors.saveReadings', { invalidates: [keys.competitors, keys.metrics, keys.objectives] });

export const useCreateMention = () =>
  useMethod('mentions.create', { invalidates: MENTIONS, inlineErrors: true });
export const useCreateMentions = () =>
  useMethod('mentions.createMany', { invalidates: MENTIONS, inlineErrors: true });
export const useUpdateMention = () =>
  useMethod('mentions.update', { invalidates: MENTIONS, inlineErrors: true });
export const useDeleteMentions = () => useMethod('mentions.delete', { invalidates: MENTIONS });
export const useSetWatchedTerms = () =>
  useMethod('mentions.setTerms', { invalidates: [keys.mentions], inlineErrors: true });
