/**
 * What an export file may weigh before it is refused unread. A month of a busy page is a few
 * thousand rows; these leave room for years of daily series while keeping a preview in memory.
 */
export const IMPORT_LIMITS = {
  /** 50 MiB of file, before decoding (UTF-16 doubles the bytes of the same text). */
  bytes: 50 * 1024 * 1024,
  /** Data rows after the header, blank rows not counted. */
  rows: 200_000,
  /** A zip (TikTok's export, a workbook) holding more is refused before anything is expanded. */
  zipEntries: 100,
  /** What a zip's entries may expand to in all: a small file that inflates to gigabytes is a zip bomb. */
  zipExpanded: 200 * 1024 * 1024,
} as const;
