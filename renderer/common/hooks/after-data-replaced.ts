import { useQueryClient } from '@tanstack/react-query';
import { forgetData } from '../../api/forget-data.ts';
import { usePrefs } from '../../api/prefs.ts';
import { navigate } from './route.ts';
import { useUndo } from './undo.ts';

/**
 * After a restore, an import or a fresh start: back to the home screen (the screen shown was about
 * data that is gone), and everything reloaded from the new file. A client remembered from before
 * that the new data lacks sends the user on to the list, as any vanished client does.
 */
export function useAfterDataReplaced(): () => Promise<void> {
  const qc = useQueryClient();
  const lastClientId = usePrefs().data?.lastClientId ?? null;
  const undo = useUndo();
  return () => {
    // Ctrl+Z must not reach for an item of the data that was just replaced.
    undo.forget();
    navigate(lastClientId ? { name: 'week', clientId: lastClientId } : { name: 'clients' });
    return forgetData(qc);
  };
}
