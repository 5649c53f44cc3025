import { format } from 'date-fns';
import { useId } from 'react';
import type { RankedPost } from '../../../../shared/domain/dashboard.ts';
import { engagements } from '../../../../shared/kpi/formulas.ts';
import { noonOf } from '../../../common/dates/calendar-period.ts';
import { mediaUrl } from '../../../common/files/media-url.ts';
import { formatPercent } from '../../../common/format/format-kpi.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { NetworkLabel } from './NetworkLabel.tsx';
import styles from './RankedPosts.module.css';
import { useReportScope } from './report-scope.ts';
import { Note, Section } from './Section.tsx';

/** A post as the client saw it: its picture, its words, where and when, and how it did. */
function PostCard({ post }: { post: RankedPost }) {
  const { t, language, locale, figures, channel } = useReportScope();
  const picture = figures.pictures[post.postId];
  const engaged = engagements(post.values);
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v, language));
  return (
    <li className={styles.card}>
      {picture ? (
        // The caption beside it says what the post is; the picture adds no words of its own.
        <img className={styles.picture} src={mediaUrl(picture)} alt="" />
      ) : (
        <div className={styles.noPicture} aria-hidden="true" />
      )}
      <div className={styles.body}>
        <p className={styles.where}>
          <NetworkLabel network={post.network} handle={channel(post.channelId)?.handle} />
        </p>
        <p className={styles.when}>
          {format(noonOf(post.date), 'd MMM yyyy', { locale })}, {post.time}
        </p>
        <p className={styles.caption}>{post.caption.trim() || t('kpis.ranked.untitled')}</p>
        <dl className={styles.figures}>
          <div>
            <dt>{t('kpis.names.reach')}</dt>
            <dd>{n(post.values.reach)}</dd>
          </div>
          <div>
            <dt>{t('kpis.names.engagements')}</dt>
            <dd>{n(engaged)}</dd>
          </div>
          <div>
            <dt>{t('kpis.ranked.rate')}</dt>
            <dd>{formatPercent(post.rate, language)}</dd>
          </div>
        </dl>
      </div>
    </li>
  );
}

function PostList({ title, posts }: { title: string; posts: readonly RankedPost[] }) {
  const titleId = useId();
  return (
    <div className={styles.group}>
      <h3 id={titleId} className={styles.groupTitle}>
        {title}
      </h3>
      <ul className={styles.cards} aria-labelledby={titleId}>
        {posts.map((p) => (
          <PostCard key={p.postId} post={p} />
        ))}
      </ul>
    </div>
  );
}

/** The period's best and worst posts by the engagement rate on the dashboard's basis. */
export function RankedPosts() {
  const { t, figures } = useReportScope();
  const { top, bottom, basis } = figures.dashboard;
  return (
    <Section id="posts">
      {top.length === 0 ? (
        <Note>{t('kpis.ranked.empty')}</Note>
      ) : (
        <>
          <p className={styles.intro}>{t('kpis.ranked.by', { basis: t(`kpis.bases.${basis}`) })}</p>
          {bottom.length === 0 ? (
            // Few posts: each once, best first, rather than a bottom list that repeats the top one.
            <PostList title={t('kpis.ranked.all', { count: top.length })} posts={top} />
          ) : (
            <>
              <PostList title={t('kpis.ranked.top')} posts={top} />
              <PostList title={t('kpis.ranked.bottom')} posts={bottom} />
            </>
          )}
        </>
      )}
    </Section>
  );
}
