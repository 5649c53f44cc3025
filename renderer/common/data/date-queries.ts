import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract.ts';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';
import { useMethod } from '../../api/use-method.ts';

/** The dates shown above a period's days: the sets turned on for the client, and the user's own. */
export const usePlanDates = (input: Input<'dates.list'>, enabled = true) =>
  useQuery({
    queryKey: keys.planDates(input),
    queryFn: () => call('dates.list', input),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useDateSets = (clientId: string) =>
  useQuery({ queryKey: keys.dateSets(clientId), queryFn: () => call('dates.sets', { clientId }) });

export const useCustomDates = (clientId: string | null) =>
  useQuery({ queryKey: keys.customDates(clientId), queryFn: () => call('dates.custom', { clientId }) });

const DATES = [keys.dates, keys.trash];

export const useSetDateSets = () => useMethod('dates.setSets', { invalidates: DATES });
export const useCreateCustomDate = () =>
  useMethod('dates.create', { invalidates: DATES, inlineErrors: true });
export const useUpdateCustomDate = () =>
  useMethod('dates.update', { invalidates: DATES, inlineErrors: true });
export const useDeleteCustomDate = () => useMethod('dates.delete', { invalidates: DATES });
