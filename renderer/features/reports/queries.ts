import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Report, ReportView } from '../../../shared/domain/report.ts';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';
import { useMethod } from '../../api/use-method.ts';

export const useReports = (clientId: string) =>
  useQuery({ queryKey: keys.reportList(clientId), queryFn: () => call('reports.list', { clientId }) });

/** The report as made, and which of its figures today's data reads differently. */
export const useReport = (id: string) =>
  useQuery({ queryKey: keys.reportView(id), queryFn: () => call('reports.get', { id }) });

// A report lands in the trash when deleted.
const REPORTS = [keys.reports, keys.trash];

export const useCreateReport = () =>
  useMethod('reports.create', { invalidates: REPORTS, inlineErrors: true });
export const useDeleteReport = () => useMethod('reports.delete', { invalidates: REPORTS });
/** New figures: the report's changes are read again, and its line of the list. */
export const useRefreshReport = () =>
  useMethod('reports.refresh', { invalidates: [keys.reports, keys.reportViews], inlineErrors: true });

/**
 * The autosave's writes: resolved as soon as stored, the list catching up behind. The open report
 * takes what was stored without reading its figures again (their changes are not touched by an edit).
 */
export function useUpdateReport() {
  const qc = useQueryClient();
  const update = useMethod('reports.update', {
    invalidates: [keys.reports],
    inlineErrors: true,
    refreshInBackground: true,
  });
  const write = update.mutateAsync;
  // Stable, as TanStack's own: the autosave's flush depends on it.
  const mutateAsync = useCallback(
    async (input: Parameters<typeof write>[0]): Promise<Report> => {
      const stored = await write(input);
      qc.setQueryData<ReportView>(keys.reportView(stored.id), (view) => view && { ...view, report: stored });
      return stored;
    },
    [qc, write],
  );
  return { mutateAsync };
}
