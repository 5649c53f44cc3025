import { preloadable } from '../../common/lazy/preloadable.tsx';

/** The table of clients brings TanStack Table; a first start shows the welcome screen without it. */
export const ClientsTable = preloadable(() => import('./ClientsTable.tsx').then((m) => m.ClientsTable));
