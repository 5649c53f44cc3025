import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract.ts';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';
import { useMethod } from '../../api/use-method.ts';

/** A client's figures over a period; the previous answer stays on screen while the next one loads. */
export const useDashboard = (input: Input<'kpis.dashboard'> | null) =>
  useQuery({
    queryKey: keys.dashboard(input ?? {}),
    queryFn: () => call('kpis.dashboard', input as Input<'kpis.dashboard'>),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  });

export const useObjectives = (clientId: string) =>
  useQuery({
    queryKey: keys.objectiveList(clientId),
    queryFn: () => call('objectives.list', { clientId }),
  });

const OBJECTIVES = [keys.objectives, keys.trash, keys.audits];

export const useCreateObjective = () =>
  useMethod('objectives.create', { invalidates: OBJECTIVES, inlineErrors: true });
export const useUpdateObjective = () =>
  useMethod('objectives.update', { invalidates: OBJECTIVES, inlineErrors: true });
export const useDeleteObjective = () => useMethod('objectives.delete', { invalidates: OBJECTIVES });

/** The client's default engagement basis: the client itself and everything reading it (the week's summary). */
export const useSetEngagementBasis = () =>
  useMethod('clients.update', { invalidates: [keys.clients, keys.metrics] });
