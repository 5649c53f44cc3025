import type { AppContext } from '../context.ts';
import { filesToKeep } from './media-keep.ts';
import { sweepMedia } from './media-store.ts';

/**
 * Deletes the files nothing refers to any more (neither the workspace nor a backup), once the current call's transaction has committed:
 * swept inside it, a rollback would bring rows back whose files were already gone.
 */
export function sweepUnreferencedMedia(ctx: AppContext): void {
  setImmediate(() => {
    try {
      if (ctx.db.open) sweepMedia(ctx.dataDir, filesToKeep(ctx.dataDir, ctx.db));
    } catch (error) {
      console.error('Sweeping attachments failed:', error);
    }
  });
}
