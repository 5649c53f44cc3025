import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract.ts';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';
import { useMethod } from '../../api/use-method.ts';

export const useIdeas = (input: Input<'ideas.list'>) =>
  useQuery({
    queryKey: keys.ideaList(input),
    queryFn: () => call('ideas.list', input),
    placeholderData: keepPreviousData,
  });

export const useIdeaTags = (clientId: string | null) =>
  useQuery({ queryKey: keys.ideaTags(clientId), queryFn: () => call('ideas.tags', { clientId }) });

export const useExperts = () =>
  useQuery({ queryKey: keys.experts, queryFn: () => call('experts.list', undefined) });

export const useTrends = (clientId: string | null, includeExpired = false) =>
  useQuery({
    queryKey: keys.trendList(clientId, includeExpired),
    queryFn: () => call('trends.list', { clientId, includeExpired }),
  });

const IDEAS = [keys.ideas, keys.trash];
// A draft made from an idea is a post of the calendar, and the idea is then planned.
const IDEA_TO_POST = [keys.ideas, keys.posts, keys.trash];

export const useCreateIdea = () => useMethod('ideas.create', { invalidates: IDEAS, inlineErrors: true });
export const useUpdateIdea = () => useMethod('ideas.update', { invalidates: IDEAS, inlineErrors: true });
export const useDeleteIdea = () => useMethod('ideas.delete', { invalidates: IDEAS });
export const useSetIdeaPicture = () => useMethod('ideas.setPicture', { invalidates: IDEAS });
export const useIdeaToPost = () => useMethod('ideas.toPost', { invalidates: IDEA_TO_POST });

export const useCreateExpert = () => useMethod('experts.create', { invalidates: IDEAS, inlineErrors: true });
export const useUpdateExpert = () => useMethod('experts.update', { invalidates: IDEAS, inlineErrors: true });
export const useDeleteExpert = () => useMethod('experts.delete', { invalidates: IDEAS });

export const useCreateTrend = () => useMethod('trends.create', { invalidates: IDEAS, inlineErrors: true });
export const useUpdateTrend = () => useMethod('trends.update', { invalidates: IDEAS, inlineErrors: true });
export const useDeleteTrend = () => useMethod('trends.delete', { invalidates: IDEAS });
