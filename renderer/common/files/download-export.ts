/**
 * Hands a file of the data folder's `exports/` (the workspace file, a report's PDF, a plan to
 * approve) to the browser's or Electron's download (Electron asks where to save it). The file is
 * served next to the page, by the app protocol and by the web host alike, so its bytes never travel
 * through a call.
 */
export function downloadExport(file: { name: string }): void {
  const link = document.createElement('a');
  link.href = `exports/${encodeURIComponent(file.name)}`;
  link.download = file.name;
  link.click();
}
