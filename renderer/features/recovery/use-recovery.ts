import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AppInfo } from '../../../shared/contract.ts';
import { call } from '../../api/call.ts';
import { forgetData } from '../../api/forget-data.ts';
import { keys } from '../../api/keys.ts';
import { useAfterDataReplaced } from '../../common/hooks/after-data-replaced.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useToasts } from '../../ui/toast-context.ts';

/**
 * Trying to open the data again, or starting empty. Both answer with the app's info: without a
 * problem, the app shows (it reads the info too); with one, the screen explains the new state and
 * says the attempt did not work. Failures are shown on the screen, not toasted.
 */
export function useRecovery() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const toasts = useToasts();
  const afterDataReplaced = useAfterDataReplaced();
  const [stillFailing, setStillFailing] = useState(false);

  const settle = (info: AppInfo): boolean => {
    qc.setQueryData(keys.appInfo, info);
    setStillFailing(info.problem !== null);
    return info.problem === null;
  };

  const retry = useMutation({
    mutationFn: () => call('recovery.retry', undefined),
    meta: { silent: true },
    onMutate: () => setStillFailing(false),
    onSuccess: async (info) => {
      if (!settle(info)) return;
      toasts.show({ title: t('backups.recovery.reopened') });
      // The same data as before the problem: the screen in the address bar still makes sense.
      await forgetData(qc);
    },
  });

  const startEmpty = useMutation({
    mutationFn: () => call('recovery.startEmpty', undefined),
    meta: { silent: true },
    onMutate: () => setStillFailing(false),
    onSuccess: async (info) => {
      if (!settle(info)) return;
      toasts.show({ title: t('backups.recovery.startEmpty.done') });
      await afterDataReplaced();
    },
  });

  return { retry, startEmpty, stillFailing };
}
