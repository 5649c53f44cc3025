import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract.ts';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';
import { useMethod } from '../../api/use-method.ts';

/** A period of one client's calendar, filtered; the previous answer stays on screen while the next loads. */
export const usePosts = (input: Input<'posts.list'>) =>
  useQuery({
    queryKey: keys.postList(input),
    queryFn: () => call('posts.list', input),
    placeholderData: keepPreviousData,
  });

export const usePillars = (clientId: string) =>
  useQuery({ queryKey: keys.pillarList(clientId), queryFn: () => call('pillars.list', { clientId }) });

export const useCampaigns = (clientId: string) =>
  useQuery({ queryKey: keys.campaigns(clientId), queryFn: () => call('posts.campaigns', { clientId }) });

// Posts may land in the trash; what was published feeds the numbers grid, the KPIs and the objectives.
// An idea lists the posts made from it, an audit's action the draft it became.
const POSTS = [keys.posts, keys.trash, keys.metrics, keys.objectives, keys.ideas, keys.audits];

// The autosave's writes: each resolves as soon as it is saved, the calendar catching up behind it.
const AUTOSAVE = { invalidates: POSTS, inlineErrors: true, refreshInBackground: true };
export const useCreatePost = () => useMethod('posts.create', AUTOSAVE);
export const useUpdatePost = () => useMethod('posts.update', AUTOSAVE);
export const useMovePosts = () => useMethod('posts.move', { invalidates: POSTS });
export const useSetPostStatus = () => useMethod('posts.setStatus', { invalidates: POSTS });
export const useDuplicatePost = () => useMethod('posts.duplicate', { invalidates: POSTS });
export const useCopyPosts = () => useMethod('posts.copy', { invalidates: POSTS });
export const useDeletePosts = () => useMethod('posts.delete', { invalidates: POSTS });

export const useRemoveAttachment = () => useMethod('attachments.remove', { invalidates: POSTS });

const PILLARS = [keys.pillars, keys.posts, keys.trash, keys.ideas, keys.audits];
export const useCreatePillar = () =>
  useMethod('pillars.create', { invalidates: PILLARS, inlineErrors: true });
export const useUpdatePillar = () =>
  useMethod('pillars.update', { invalidates: PILLARS, inlineErrors: true });
export const useDeletePillar = () => useMethod('pillars.delete', { invalidates: PILLARS });

/** One post as saved now, wherever its date put it (the calendar's lists hold only what is on screen). */
export const fetchPost = (id: string) => call('posts.get', { id });
