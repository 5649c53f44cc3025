import type { Scope } from './list-filter.ts';

/**
 * An idea to show when the ideas screen next opens ("Open ideas" on the capture's toast): kept in
 * memory, for this session, and taken once.
 */
export interface OpenRequest {
  clientId: string;
  ideaId: string;
  scope: Scope;
}

let pending: OpenRequest | null = null;
const listeners = new Set<() => void>();

export function requestOpen(request: OpenRequest): void {
  pending = request;
  for (const listener of listeners) listener();
}

/** The request for this client, if any, taken: a second call returns null. */
export function takeOpenRequest(clientId: string): OpenRequest | null {
  if (pending?.clientId !== clientId) return null;
  const request = pending;
  pending = null;
  return request;
}

/** Told when a request comes while the screen is already open. */
export function onOpenRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
