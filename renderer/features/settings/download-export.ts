import type { WorkspaceExport } from '../../../shared/domain/workspace-file.ts';

/**
 * Hands an export to the browser's or Electron's download (Electron asks where to save it). The file
 * is served next to the page, by the app protocol and by the web host alike, so its bytes never
 * travel through a call.
 */
export function downloadExport(file: WorkspaceExport): void {
  const link = document.createElement('a');
  link.href = `exports/${encodeURIComponent(file.name)}`;
  link.download = file.name;
  link.click();
}
