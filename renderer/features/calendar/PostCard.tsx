import type { DragEvent, KeyboardEvent, MouseEvent } from 'react';
import type { Channel } from '../../../shared/domain/channel.ts';
import type { Pillar } from '../../../shared/domain/pillar.ts';
import { firstWords } from '../../../shared/export/excerpt.ts';
import { NETWORKS } from '../../../shared/networks.ts';
import { mediaUrl } from '../../common/files/media-url.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { ApprovalMark } from './ApprovalMark.tsx';
import { LimitFlag } from './LimitFlag.tsx';
import styles from './PostCard.module.css';
import type { PlacedPost } from './post-layout.ts';

export interface PostCardProps {
  placed: PlacedPost;
  channel: Channel | undefined;
  pillar: Pillar | undefined;
  selected: boolean;
  compact?: boolean;
  onOpen: (id: string) => void;
  onToggleSelect: (id: string, range: boolean) => void;
  onDragStart: (event: DragEvent, id: string) => void;
  onKeyDown: (event: KeyboardEvent, id: string) => void;
}

/** One post in the calendar: network, time, status, the client's answer, format, pillar colour and the first words. */
export function PostCard({
  placed,
  channel,
  pillar,
  selected,
  compact,
  onOpen,
  onToggleSelect,
  onDragStart,
  onKeyDown,
}: PostCardProps) {
  const { t } = useTranslation();
  const { post, time } = placed;
  const network = channel ? NETWORKS[channel.network] : undefined;
  const thumb = post.attachments.find((a) => a.thumbSha256)?.thumbSha256;
  const words = firstWords(post.caption, compact ? 28 : 70) || t('posts.untitled');
  const onClick = (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey) onToggleSelect(post.id, event.shiftKey);
    else onOpen(post.id);
  };
  return (
    <button
      type="button"
      className={[styles.card, compact && styles.compact, styles[post.status]].filter(Boolean).join(' ')}
      data-post-id={post.id}
      aria-pressed={selected}
      draggable
      onDragStart={(event) => onDragStart(event, post.id)}
      onClick={onClick}
      onKeyDown={(event) => onKeyDown(event, post.id)}
    >
      {pillar && <span className={styles.pillar} style={{ background: pillar.color }} aria-hidden="true" />}
      {/* The name is the visible text (what a voice-control user says), the network told first to screen readers. */}
      <span className={styles.top}>
        {network && (
          <>
            <span
              className={styles.mark}
              data-mark={network.mark}
              style={{ background: network.color }}
              aria-hidden="true"
            />
            <span className="visually-hidden">{network.name} </span>
          </>
        )}
        <span className={styles.time}>{time}</span>{' '}
        {/* Its title names the status where a narrow day shows it as a dot. */}
        <span className={styles.status} data-status={post.status} title={t(`posts.status.${post.status}`)}>
          {t(`posts.status.${post.status}`)}
        </span>
        {post.approval && <ApprovalMark approval={post.approval} />}
      </span>{' '}
      <span className={styles.body}>
        <span className={styles.words}>{words}</span>
        {!compact && thumb && <img className={styles.thumb} src={mediaUrl(thumb)} alt="" loading="lazy" />}
      </span>{' '}
      {channel && <LimitFlag short network={channel.network} caption={post.caption} />}{' '}
      {!compact && (
        <span className={styles.format}>
          {t(`posts.format.${post.format}`)}
          {channel && ` · ${channel.handle}`}
        </span>
      )}
    </button>
  );
}
