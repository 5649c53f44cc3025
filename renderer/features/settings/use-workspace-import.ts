import { useRef, useState } from 'react';
import type { WorkspaceImported } from '../../../shared/domain/workspace-file.ts';
import { call } from '../../api/call.ts';
import { sendInChunks } from '../../common/files/send-in-chunks.ts';
import { explainFailure } from '../../common/format/explain-failure.ts';
import { useAfterDataReplaced } from '../../common/hooks/after-data-replaced.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useToasts } from '../../ui/toast-context.ts';

export type ImportState =
  | { step: 'idle' }
  /** The file is chosen; the user has not yet agreed to replace everything. */
  | { step: 'confirm'; file: File }
  | { step: 'sending'; file: File; progress: number }
  /** Every byte is there; the main process checks the file and swaps the data. No way back now. */
  | { step: 'checking'; file: File }
  | { step: 'failed'; file: File; message: string };

// By name: the DOMException an AbortSignal throws may come from another realm than this page's.
const isAbort = (error: unknown) => error instanceof Object && 'name' in error && error.name === 'AbortError';

/** Choosing a workspace file, agreeing to replace everything, then sending and importing it. */
export function useWorkspaceImport() {
  const { t } = useTranslation();
  const toasts = useToasts();
  const afterDataReplaced = useAfterDataReplaced();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const stop = useRef<AbortController | null>(null);

  const imported = (file: File, result: WorkspaceImported) => {
    const counts = {
      clients: t('backups.workspace.import.clients', { count: result.clients }),
      posts: t('backups.workspace.import.posts', { count: result.posts }),
      attachments: t('backups.workspace.import.attachments', { count: result.attachments }),
    };
    toasts.show({
      title: t(
        result.savedCurrentAs ? 'backups.workspace.import.doneSaved' : 'backups.workspace.import.done',
        counts,
      ),
      description: file.name,
    });
  };

  const run = async (file: File) => {
    const controller = new AbortController();
    stop.current = controller;
    setState({ step: 'sending', file, progress: 0 });
    try {
      const result = await sendInChunks(
        file,
        {
          begin: () => call('workspace.importBegin', { name: file.name, size: file.size }),
          chunk: (chunk) => call('workspace.importChunk', chunk),
          finish: (uploadId) => {
            stop.current = null;
            setState({ step: 'checking', file });
            return call('workspace.import', { uploadId });
          },
          cancel: (uploadId) => call('workspace.importCancel', { uploadId }),
        },
        {
          signal: controller.signal,
          onProgress: (progress) => {
            if (!controller.signal.aborted) setState({ step: 'sending', file, progress });
          },
        },
      );
      setState({ step: 'idle' });
      imported(file, result);
      await afterDataReplaced();
    } catch (error) {
      if (isAbort(error)) {
        setState({ step: 'idle' });
        toasts.show({ title: t('backups.workspace.import.cancelled') });
      } else {
        setState({ step: 'failed', file, message: explainFailure(t, error) });
      }
    } finally {
      if (stop.current === controller) stop.current = null;
    }
  };

  return {
    state,
    choose: (file: File) => setState({ step: 'confirm', file }),
    confirm: () => {
      if (state.step === 'confirm') void run(state.file);
    },
    /** Back to idle from the confirmation or a failure. */
    // Closing the confirmation also runs after its own confirm button: only a question or a failure is dismissed.
    dismiss: () => setState((s) => (s.step === 'confirm' || s.step === 'failed' ? { step: 'idle' } : s)),
    /** Stops the upload between two chunks; the main process drops what it received. */
    cancel: () => stop.current?.abort(),
  };
}
