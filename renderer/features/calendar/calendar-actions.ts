import type { DragEvent, KeyboardEvent } from 'react';
import type { IsoDate, LocalTime } from '../../../shared/calendar/dates.ts';
import type { Channel } from '../../../shared/domain/channel.ts';
import type { Pillar } from '../../../shared/domain/pillar.ts';
import { IDEA_DRAG_TYPE } from '../../common/drag/idea-drag.ts';

/** What every view of the calendar needs from the page: lookups, selection and the actions on posts. */
export interface CalendarActions {
  channels: ReadonlyMap<string, Channel>;
  pillars: ReadonlyMap<string, Pillar>;
  selected: ReadonlySet<string>;
  today: IsoDate;
  open: (postId: string) => void;
  createAt: (date: IsoDate, time?: LocalTime) => void;
  /** `order`: the posts in the order the view shows them, when it is not day then time (a sorted list). */
  toggleSelect: (postId: string, range: boolean, order?: readonly string[]) => void;
  dragStart: (event: DragEvent, postId: string) => void;
  /** A drop on a day keeps each post's time; on a slot, `time` is given. */
  drop: (event: DragEvent, date: IsoDate, time?: LocalTime) => void;
  cardKeyDown: (event: KeyboardEvent, postId: string) => void;
}

export const DRAG_TYPE = 'application/x-calepin-posts';

/**
 * Drop targets accept our cards and the ideas bank's ideas only: files or text dragged from
 * elsewhere are ignored. A card moves; an idea is copied into a draft.
 */
export function acceptsDrag(event: DragEvent): boolean {
  const types = event.dataTransfer.types;
  const effect = types.includes(DRAG_TYPE) ? 'move' : types.includes(IDEA_DRAG_TYPE) ? 'copy' : null;
  if (!effect) return false;
  event.preventDefault();
  event.dataTransfer.dropEffect = effect;
  return true;
}
