import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract.ts';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';
import { useMethod } from '../../api/use-method.ts';

export const useAudits = (clientId: string) =>
  useQuery({ queryKey: keys.auditList(clientId), queryFn: () => call('audits.list', { clientId }) });

export const useAudit = (id: string | null) =>
  useQuery({
    queryKey: keys.audit(id ?? ''),
    queryFn: () => call('audits.get', { id: id as string }),
    enabled: id !== null,
  });

/** Calepin's answers for a period; the previous answer stays on screen while a changed period loads. */
export const useAuditFigures = (input: Input<'audits.figures'>) =>
  useQuery({
    queryKey: keys.auditFigures(input),
    queryFn: () => call('audits.figures', input),
    placeholderData: keepPreviousData,
  });

/** One post, for the day an action's draft sits on in the calendar. */
export const usePost = (id: string | null) =>
  useQuery({
    queryKey: keys.post(id ?? ''),
    queryFn: () => call('posts.get', { id: id as string }),
    enabled: id !== null,
  });

// An audit lands in the trash when deleted; its list shows scores and action counts.
const AUDITS = [keys.audits, keys.trash];

export const useCreateAudit = () => useMethod('audits.create', { invalidates: AUDITS, inlineErrors: true });
/** The autosave's writes: resolved as soon as they are stored, the list catching up behind them. */
export const useUpdateAudit = () =>
  useMethod('audits.update', { invalidates: [keys.audits], inlineErrors: true, refreshInBackground: true });
export const useDeleteAudit = () => useMethod('audits.delete', { invalidates: AUDITS });
/** An action made into an objective, a pillar or a draft post: each of those lists changes too. */
export const useTakeAction = () =>
  useMethod('audits.act', {
    invalidates: [keys.audits, keys.objectives, keys.pillars, keys.posts, keys.metrics],
    inlineErrors: true,
  });
