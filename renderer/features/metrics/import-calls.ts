import {
  IMPORT_INLINE_BYTES,
  type NumberImportPreview,
  type NumberImportPreviewResult,
} from '../../../shared/domain/number-import.ts';
import { call } from '../../api/call.ts';
import { fileToBase64 } from '../../common/files/download.ts';
import { sendInChunks } from '../../common/files/send-in-chunks.ts';

export type PreviewChoices = Omit<NumberImportPreview, 'clientId' | 'fileName' | 'base64' | 'uploadId'>;

/**
 * Previews a dropped file: sent whole when small, in chunks (with progress) when larger. Each new
 * choice (a channel, a day, a mapping) previews the same file again: the main process keeps no
 * file between two previews, and the renderer keeps the File.
 */
export async function previewFile(
  clientId: string,
  file: File,
  choices: PreviewChoices,
  onProgress: (fraction: number) => void,
): Promise<NumberImportPreviewResult> {
  const base = { clientId, fileName: file.name || 'export', ...choices };
  if (file.size <= IMPORT_INLINE_BYTES)
    return call('imports.preview', { ...base, base64: await fileToBase64(file) });
  return sendInChunks(
    file,
    {
      begin: () => call('imports.uploadBegin', { size: file.size }),
      chunk: (chunk) => call('imports.uploadChunk', chunk),
      finish: (uploadId) => call('imports.preview', { ...base, uploadId }),
      cancel: (uploadId) => call('imports.uploadCancel', { uploadId }),
    },
    { onProgress },
  );
}
