import { useMemo } from 'react';
import type { Client } from '../../../shared/domain/client.ts';
import { usePosts } from '../../common/data/post-queries.ts';
import { useSegments } from '../../common/data/segment-queries.ts';
import { renderNotes } from '../../common/format/render-notes.tsx';
import { hrefOf } from '../../common/hooks/route.ts';
import { useTranslation } from '../../i18n/context.tsx';
import notes from './SegmentNotes.module.css';
import type { WorkspaceWeek } from './use-workspace-week.ts';
import styles from './Workspace.module.css';

/** The audience notes to keep in mind while writing this week's posts: the segments they target. */
export function SegmentNotes({ client, week }: { client: Client; week: WorkspaceWeek }) {
  const { t } = useTranslation();
  // The same query as the week calendar beside it: one fetch for both.
  const posts = usePosts({ clientId: client.id, from: week.from, to: week.to }).data ?? [];
  const segments = useSegments(client.id).data;
  const targeted = useMemo(() => {
    const counts = new Map<string, number>();
    for (const post of posts) for (const id of post.segmentIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    return (segments ?? [])
      .filter((s) => counts.has(s.id))
      .map((segment) => ({ segment, posts: counts.get(segment.id) ?? 0 }));
  }, [posts, segments]);
  return (
    <section className={styles.card} aria-labelledby="segment-notes-title">
      <div className={styles.cardHeader}>
        <h2 id="segment-notes-title" className={styles.cardTitle}>
          {t('workspace.notes.title')}
        </h2>
        <div className={styles.links}>
          <a href={hrefOf({ name: 'audience', clientId: client.id })}>{t('workspace.notes.audience')}</a>
        </div>
      </div>
      {segments && targeted.length === 0 && (
        <p className={styles.muted}>
          {segments.length === 0 ? t('workspace.notes.noSegments') : t('workspace.notes.noneTargeted')}
        </p>
      )}
      {targeted.map(({ segment, posts: count }) => (
        <article key={segment.id} className={notes.segment} aria-labelledby={`segment-${segment.id}`}>
          <h3 id={`segment-${segment.id}`} className={notes.name}>
            {segment.name}
            <span className={notes.count}>{t('workspace.notes.posts', { count })}</span>
          </h3>
          {segment.description && <p className={notes.description}>{segment.description}</p>}
          {segment.notes && <div className={notes.notes}>{renderNotes(segment.notes)}</div>}
        </article>
      ))}
    </section>
  );
}
