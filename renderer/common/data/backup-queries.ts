import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';
import { useMethod } from '../../api/use-method.ts';

/** The backups folder's listing; the app's info names the newest backup, so it is refreshed too. */
export const backupsKey = ['backups'] as const;
const BACKUPS = [backupsKey, keys.appInfo];

export const useBackups = () =>
  useQuery({ queryKey: backupsKey, queryFn: () => call('backups.list', undefined) });

export const useCreateBackup = () => useMethod('backups.create', { invalidates: BACKUPS });
export const useDeleteBackup = () => useMethod('backups.delete', { invalidates: BACKUPS });
export const useSetBackupsKeep = () => useMethod('backups.setKeep', { invalidates: BACKUPS });
