import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';
import { useMethod } from '../../api/use-method.ts';

export const useSegments = (clientId: string) =>
  useQuery({ queryKey: keys.segmentList(clientId), queryFn: () => call('segments.list', { clientId }) });

/** The client's interests and sectors so far, offered as the user types a tag. */
export const useSegmentTags = (clientId: string) =>
  useQuery({ queryKey: keys.segmentTags(clientId), queryFn: () => call('segments.tags', { clientId }) });

// A segment labels the posts aimed at it (a trashed one drops out of them) and may land in the trash.
const SEGMENTS = [keys.segments, keys.posts, keys.trash];

export const useCreateSegment = () =>
  useMethod('segments.create', { invalidates: SEGMENTS, inlineErrors: true });
export const useUpdateSegment = () =>
  useMethod('segments.update', { invalidates: SEGMENTS, inlineErrors: true });
export const useDeleteSegment = () => useMethod('segments.delete', { invalidates: SEGMENTS });
