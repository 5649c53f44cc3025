import type { DragEvent } from 'react';
import { NETWORK_IDS, type NetworkId } from '../../../shared/networks.ts';

/**
 * An idea of the bank dragged onto the calendar: the ideas feature starts the drag, the calendar
 * takes the drop, and neither knows the other; this type is all they share.
 */
export const IDEA_DRAG_TYPE = 'application/x-calepin-idea';

export interface DraggedIdea {
  id: string;
  /** The network it is meant for: the draft goes on the client's channel there, if it has one. */
  network: NetworkId | null;
}

export function startIdeaDrag(event: DragEvent, ideaId: string, network: NetworkId | null = null): void {
  event.dataTransfer.setData(IDEA_DRAG_TYPE, JSON.stringify({ id: ideaId, network }));
  event.dataTransfer.effectAllowed = 'copy';
}

/** The idea a drop carries, or null for anything else (a drop is outside input: it is checked). */
export function droppedIdea(event: DragEvent): DraggedIdea | null {
  try {
    const value: unknown = JSON.parse(event.dataTransfer.getData(IDEA_DRAG_TYPE));
    if (typeof value !== 'object' || value === null) return null;
    const { id, network } = value as Record<string, unknown>;
    if (typeof id !== 'string') return null;
    const known = NETWORK_IDS.find((n) => n === network) ?? null;
    return { id, network: known };
  } catch {
    return null;
  }
}
