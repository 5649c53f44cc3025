/** The IPC wire names, shared by the main process and the preload; the page never sees them. */
export const methodChannel = (method: string): string => `calepin:${method}`;
export const eventChannel = (event: string): string => `calepin:event:${event}`;
