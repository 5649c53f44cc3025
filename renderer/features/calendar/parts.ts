import { preloadable } from '../../common/lazy/preloadable.tsx';

/**
 * The calendar's pieces that are not on This week's first screen: the composer, the list, the dialogs,
 * each fetched when first opened or on idle before that (app/prefetch.ts), never with the week.
 */
export const Composer = preloadable(() => import('./Composer.tsx').then((m) => m.Composer));
/** The list view brings TanStack Table and Virtual, which the week does not need. */
export const ListView = preloadable(() => import('./ListView.tsx').then((m) => m.ListView));
export const DuplicateDialog = preloadable(() =>
  import('./DuplicateDialog.tsx').then((m) => m.DuplicateDialog),
);
export const CopyWeekDialog = preloadable(() => import('./CopyWeekDialog.tsx').then((m) => m.CopyWeekDialog));
export const ExportDialog = preloadable(() => import('./ExportDialog.tsx').then((m) => m.ExportDialog));
export const ImportDialog = preloadable(() => import('./ImportDialog.tsx').then((m) => m.ImportDialog));
export const PillarsDialog = preloadable(() => import('./PillarsDialog.tsx').then((m) => m.PillarsDialog));
export const DatesDialog = preloadable(() => import('./DatesDialog.tsx').then((m) => m.DatesDialog));
export const ApprovalExportDialog = preloadable(() =>
  import('./ApprovalExportDialog.tsx').then((m) => m.ApprovalExportDialog),
);
export const ApprovalReplyDialog = preloadable(() =>
  import('./ApprovalReplyDialog.tsx').then((m) => m.ApprovalReplyDialog),
);

/** In the order they are likely to be needed: the composer first. */
export const calendarParts = [
  Composer,
  ListView,
  DuplicateDialog,
  CopyWeekDialog,
  ExportDialog,
  ImportDialog,
  PillarsDialog,
  DatesDialog,
  ApprovalExportDialog,
  ApprovalReplyDialog,
];
