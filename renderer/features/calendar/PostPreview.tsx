import { URL_PATTERN } from '../../../shared/caption/weighted-length.ts';
import type { Attachment } from '../../../shared/domain/attachment.ts';
import type { Channel } from '../../../shared/domain/channel.ts';
import type { PostFormat } from '../../../shared/domain/post.ts';
import { NETWORKS } from '../../../shared/networks.ts';
import { mediaUrl } from '../../common/files/media-url.ts';
import { useTranslation } from '../../i18n/context.tsx';
import styles from './PostPreview.module.css';

const TOKENS = new RegExp(`(${URL_PATTERN.source}|#[\\p{L}\\p{N}_]+|@[\\p{L}\\p{N}_.]+)`, 'giu');

/** Hashtags, mentions and links drawn the way networks draw them. */
function Caption({ text }: { text: string }) {
  const parts = text.split(TOKENS);
  return (
    <p className={styles.caption}>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the caption's pieces have no identity but their place.
          <span key={i} className={styles.token}>
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </p>
  );
}

/** A simple likeness of the post on its network: who posts, the text as laid out there, the link card. */
export function PostPreview({
  channel,
  caption,
  linkUrl,
  format,
  attachments,
}: {
  channel: Channel | undefined;
  caption: string;
  linkUrl: string;
  format: PostFormat;
  attachments: readonly Attachment[];
}) {
  const { t } = useTranslation();
  if (!channel) return null;
  const network = NETWORKS[channel.network];
  const first = attachments[0];
  const host = URL.canParse(linkUrl) ? new URL(linkUrl).hostname : '';
  return (
    <figure className={styles.preview} aria-label={t('composer.preview.label', { network: network.name })}>
      <div className={styles.header}>
        <span className={styles.avatar} style={{ background: network.color }} aria-hidden="true">
          {channel.handle.replace(/^@/, '').slice(0, 1).toUpperCase()}
        </span>
        <span className={styles.who}>
          <strong>{channel.handle}</strong>
          <span className={styles.network}>{network.name}</span>
        </span>
      </div>
      {first?.thumbSha256 ? (
        <div className={styles.media} data-format={format}>
          <img className={styles.picture} src={mediaUrl(first.thumbSha256)} alt={first.name} />
          {attachments.length > 1 && (
            <span className={styles.count}>{t('composer.preview.more', { count: attachments.length })}</span>
          )}
        </div>
      ) : (
        ['image', 'carousel', 'video', 'reel', 'story'].includes(format) && (
          <div className={styles.media} data-format={format}>
            {t(`posts.format.${format}`)}
          </div>
        )
      )}
      {caption ? <Caption text={caption} /> : <p className={styles.empty}>{t('composer.preview.empty')}</p>}
      {host && (
        <div className={styles.link}>
          <span className={styles.host}>{host}</span>
          <span className={styles.url}>{linkUrl}</span>
        </div>
      )}
    </figure>
  );
}
