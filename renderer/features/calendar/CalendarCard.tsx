import type { CalendarActions } from './calendar-actions.ts';
import { PostCard } from './PostCard.tsx';
import type { PlacedPost } from './post-layout.ts';

/** A post card wired to the calendar: its channel and pillar looked up, selection and actions passed on. */
export function CalendarCard({
  placed,
  actions,
  compact,
}: {
  placed: PlacedPost;
  actions: CalendarActions;
  compact?: boolean;
}) {
  const { post } = placed;
  return (
    <PostCard
      placed={placed}
      compact={compact}
      channel={actions.channels.get(post.channelId)}
      pillar={post.pillarId ? actions.pillars.get(post.pillarId) : undefined}
      selected={actions.selected.has(post.id)}
      onOpen={actions.open}
      onToggleSelect={actions.toggleSelect}
      onDragStart={actions.dragStart}
      onKeyDown={actions.cardKeyDown}
    />
  );
}
