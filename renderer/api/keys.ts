/** Query keys, grouped so one mutation can invalidate a whole domain at once. */
export const keys = {
  appInfo: ['app', 'info'] as const,
  prefs: ['prefs'] as const,
  clients: ['clients'] as const,
  clientList: (includeArchived: boolean) => ['clients', 'list', { includeArchived }] as const,
  client: (id: string) => ['clients', 'one', id] as const,
  channels: ['channels'] as const,
  channelList: (clientId: string) => ['channels', 'list', clientId] as const,
  posts: ['posts'] as const,
  postList: (input: object) => ['posts', 'list', input] as const,
  post: (id: string) => ['posts', 'one', id] as const,
  campaigns: (clientId: string) => ['posts', 'campaigns', clientId] as const,
  pillars: ['pillars'] as const,
  pillarList: (clientId: string) => ['pillars', 'list', clientId] as const,
  trash: ['trash'] as const,
};
