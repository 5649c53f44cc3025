import { z } from 'zod';

// The default lives with the preferences' (the window needs it before its first screen, without zod).
export { BACKUPS_KEEP_DEFAULT } from './prefs-defaults.ts';

/**
 * Why a backup exists. Automatic ones rotate (the user chooses how many stay); the others are
 * copies made before something that replaces the data, kept until the user deletes them.
 */
export const BACKUP_KINDS = ['auto', 'manual', 'beforeRestore', 'beforeImport', 'beforeMigration'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** `<prefix>-<UTC stamp>[-<n>]Z.sqlite`; `calepin-` is the automatic one (the name older versions used). */
export const BACKUP_NAME =
  /^(calepin|manual|before-restore|before-import|pre-migration-v\d{1,6})-(\d{8}T\d{6})(?:-(\d{1,6}))?Z\.sqlite$/;

export interface BackupInfo {
  /** The file name in the backups folder; the only way to refer to a backup. */
  name: string;
  kind: BackupKind;
  /** When it was taken (UTC ISO), read from the name so a copied folder keeps its dates. */
  takenAt: string;
  size: number;
}

export interface BackupList {
  items: BackupInfo[];
  /** How many automatic backups are kept. */
  keep: number;
  folder: string;
}

export const BACKUPS_KEEP_MAX = 100;

export const BackupRef = z.strictObject({
  name: z.string().max(80).regex(BACKUP_NAME, { message: 'invalid' }),
});
export type BackupRef = z.input<typeof BackupRef>;

export const BackupKeep = z.strictObject({
  keep: z.number().int().min(1).max(BACKUPS_KEEP_MAX),
});
