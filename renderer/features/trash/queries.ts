import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';
import { useMethod } from '../../api/use-method.ts';

export const useTrash = () =>
  useQuery({ queryKey: keys.trash, queryFn: () => call('trash.list', undefined) });

/** Restoring or purging touches every list: refresh them all. */
const EVERYTHING = [[]];

export const useRestore = () => useMethod('trash.restore', { invalidates: EVERYTHING });
export const useRestoreMany = () => useMethod('trash.restoreMany', { invalidates: EVERYTHING });
export const usePurge = () => useMethod('trash.purge', { invalidates: EVERYTHING });
