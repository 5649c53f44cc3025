/**
 * The names of the contract's methods and events, without their schemas: the sandboxed preload
 * needs only these, and importing them does not pull zod into it. `contract.ts` is checked
 * against this list both ways, so the two cannot drift.
 */
/**
 * Methods that work with or without an open workspace, outside any transaction: they describe the
 * app, read preferences, copy or replace the whole data file.
 */
export const SESSION_METHODS = [
  'app.info',
  'app.dataChecked',
  'app.flushed',
  'prefs.get',
  'prefs.set',
  'backups.list',
  'backups.create',
  'backups.restore',
  'backups.delete',
  'backups.setKeep',
  'workspace.export',
  'workspace.importBegin',
  'workspace.importChunk',
  'workspace.importCancel',
  'workspace.import',
  'reports.pdf',
  'approvals.export',
  'approvals.pdf',
  'imports.preview',
  'imports.uploadBegin',
  'imports.uploadChunk',
  'imports.uploadCancel',
  'recovery.retry',
  'recovery.startEmpty',
] as const;

/** Methods that read or write the data, each in one transaction of the open workspace. */
export const DATA_METHODS = [
  'clients.list',
  'clients.get',
  'clients.create',
  'clients.update',
  'clients.archive',
  'clients.delete',
  'channels.list',
  'channels.create',
  'channels.update',
  'channels.archive',
  'channels.delete',
  'posts.list',
  'posts.get',
  'posts.create',
  'posts.update',
  'posts.move',
  'posts.setStatus',
  'posts.duplicate',
  'posts.copy',
  'posts.delete',
  'posts.campaigns',
  'attachments.begin',
  'attachments.chunk',
  'attachments.finish',
  'attachments.cancel',
  'attachments.remove',
  'pillars.list',
  'pillars.create',
  'pillars.update',
  'pillars.delete',
  'segments.list',
  'segments.create',
  'segments.update',
  'segments.delete',
  'segments.tags',
  'metrics.grid',
  'metrics.save',
  'metrics.history',
  'followers.latest',
  'followers.list',
  'followers.save',
  'objectives.list',
  'objectives.create',
  'objectives.update',
  'objectives.delete',
  'kpis.dashboard',
  'competitors.list',
  'competitors.create',
  'competitors.update',
  'competitors.archive',
  'competitors.delete',
  'competitors.readings',
  'competitors.saveReadings',
  'competitors.benchmark',
  'mentions.list',
  'mentions.create',
  'mentions.createMany',
  'mentions.update',
  'mentions.delete',
  'mentions.terms',
  'mentions.setTerms',
  'mentions.mapping',
  'audits.list',
  'audits.get',
  'audits.create',
  'audits.update',
  'audits.delete',
  'audits.act',
  'audits.figures',
  'ideas.list',
  'ideas.create',
  'ideas.update',
  'ideas.delete',
  'ideas.setPicture',
  'ideas.toPost',
  'ideas.tags',
  'experts.list',
  'experts.create',
  'experts.update',
  'experts.delete',
  'trends.list',
  'trends.create',
  'trends.update',
  'trends.delete',
  'dates.list',
  'dates.sets',
  'dates.setSets',
  'dates.custom',
  'dates.create',
  'dates.update',
  'dates.delete',
  'profile.get',
  'profile.update',
  'profile.setLogo',
  'reports.list',
  'reports.get',
  'reports.create',
  'reports.update',
  'reports.refresh',
  'reports.delete',
  'approvals.read',
  'approvals.apply',
  'calendar.exportIcs',
  'calendar.exportCsv',
  'calendar.importCsv',
  'imports.commit',
  'imports.undo',
  'trash.list',
  'trash.restore',
  'trash.restoreMany',
  'trash.purge',
] as const;

export const METHODS = [...SESSION_METHODS, ...DATA_METHODS] as const;
export type Method = (typeof METHODS)[number];

export const isMethod = (name: unknown): name is Method =>
  typeof name === 'string' && (METHODS as readonly string[]).includes(name);

/** Events the main process pushes to the window (`window.calepin.on`). */
export const EVENTS = ['menu.command', 'app.flush'] as const;
export type EventName = (typeof EVENTS)[number];

export const isEvent = (name: unknown): name is EventName =>
  typeof name === 'string' && (EVENTS as readonly string[]).includes(name);

export const MENU_COMMANDS = [
  'newClient',
  'openSettings',
  'openTrash',
  'showShortcuts',
  'captureIdea',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export interface EventPayloads {
  'menu.command': MenuCommand;
  /** Write what is pending now (quit, window close, the session ending), then call `app.flushed` with this id. */
  'app.flush': { id: number };
}
