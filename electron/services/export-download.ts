/** How both hosts hand a workspace export to the browser: as a download with its own name. */
export const EXPORT_TYPE = 'application/vnd.sqlite3';

export const downloadHeaders = (file: { name: string; size: number }): Record<string, string> => ({
  'content-disposition': `attachment; filename="${file.name}"`,
  'content-length': String(file.size),
});
