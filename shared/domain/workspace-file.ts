import { z } from 'zod';
import { AttachmentChunk } from './attachment.ts';
import type { BackupInfo } from './backup.ts';

/** A workspace file (`.calepin`): the whole database and every attachment, in one SQLite file. */
export const WORKSPACE_FILE_EXTENSION = '.calepin';
/** Larger than any freelancer's years of posts and videos; a bigger announced size is refused. */
export const WORKSPACE_FILE_MAX_BYTES = 64 * 1024 ** 3;

export interface WorkspaceExport {
  /** File name to offer when saving; served under /exports/ until the next export or restart. */
  name: string;
  size: number;
  attachments: number;
  /** Attachments the data refers to whose file was already gone from the data folder. */
  missingAttachments: number;
}

export interface WorkspaceImported {
  clients: number;
  posts: number;
  attachments: number;
  /** The safety copy of what was there before, or null when the workspace was empty. */
  savedCurrentAs: BackupInfo | null;
}

export interface BackupRestored {
  name: string;
  savedCurrentAs: BackupInfo | null;
}

export const WorkspaceImportBegin = z.strictObject({
  name: z.string().trim().min(1, { message: 'required' }).max(255),
  size: z.number().int().min(1).max(WORKSPACE_FILE_MAX_BYTES, { message: 'fileTooBig' }),
});

/** Chunks as for attachments, but a workspace file may be far larger than one video. */
export const WorkspaceImportChunk = AttachmentChunk.extend({
  offset: z.number().int().min(0).max(WORKSPACE_FILE_MAX_BYTES),
});
