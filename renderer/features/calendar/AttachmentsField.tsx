import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Attachment } from '../../../shared/domain/attachment.ts';
import { MEDIA_MAX_BYTES } from '../../../shared/media/sniff.ts';
import { keys } from '../../api/keys.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { afterSuccess } from '../../api/settle.ts';
import { useRemoveAttachment } from '../../common/data/post-queries.ts';
import { mediaUrl } from '../../common/files/media-url.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { errorMessage, issueMessage } from '../../i18n/errors.ts';
import styles from './AttachmentsField.module.css';
import { uploadFile } from './upload-file.ts';

interface Sending {
  key: string;
  name: string;
  progress: number;
  error: string | null;
}

/**
 * The post's images and videos: a strip of thumbnails, and files added from a picker or dropped
 * on it. Each file is copied into the data folder, so moving or deleting the original loses nothing.
 */
export function AttachmentsField({
  attachments,
  setAttachments,
  ensurePost,
}: {
  attachments: readonly Attachment[];
  setAttachments: (update: (all: readonly Attachment[]) => readonly Attachment[]) => void;
  /** The post's id, creating the post first if it does not exist yet. */
  ensurePost: () => Promise<string | null>;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const inputId = useId();
  const removeAttachment = useRemoveAttachment();
  const [sending, setSending] = useState<readonly Sending[]>([]);
  const [over, setOver] = useState(false);

  const explain = (error: unknown) =>
    isRpcFailure(error) && error.issues[0] ? issueMessage(t, error.issues[0]) : errorMessage(t, error);

  const add = async (files: readonly File[]) => {
    const postId = await ensurePost();
    if (!postId) return;
    for (const file of files) {
      const key = `${file.name}-${file.size}-${file.lastModified}`;
      const update = (patch: Partial<Sending>) =>
        setSending((all) => all.map((s) => (s.key === key ? { ...s, ...patch } : s)));
      setSending((all) => [...all, { key, name: file.name, progress: 0, error: null }]);
      if (file.size > MEDIA_MAX_BYTES) {
        update({ error: t('issues.mediaTooBig') });
        continue;
      }
      try {
        const attachment = await uploadFile(postId, file, (progress) => update({ progress }));
        setAttachments((all) => [...all, attachment]);
        setSending((all) => all.filter((s) => s.key !== key));
      } catch (error) {
        update({ error: explain(error) });
      }
    }
    await qc.invalidateQueries({ queryKey: keys.posts });
  };

  // A failure is toasted by the query client; the thumbnail stays.
  const remove = (attachment: Attachment) =>
    afterSuccess(removeAttachment.mutateAsync({ id: attachment.id }), () =>
      setAttachments((all) => all.filter((a) => a.id !== attachment.id)),
    );

  return (
    <fieldset
      className={styles.field}
      aria-label={t('attachments.label')}
      data-over={over || undefined}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        if (e.dataTransfer.files.length === 0) return;
        e.preventDefault();
        setOver(false);
        void add([...e.dataTransfer.files]);
      }}
    >
      <div className={styles.head}>
        <span className={styles.label} aria-hidden="true">
          {t('attachments.label')}
        </span>
        <label htmlFor={inputId} className={styles.pick}>
          {t('attachments.add')}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          multiple
          accept="image/*,video/*"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) void add(files);
          }}
        />
      </div>
      {attachments.length === 0 && sending.length === 0 && (
        <p className={styles.hint}>{t('attachments.hint')}</p>
      )}
      <ul className={styles.strip} aria-label={t('attachments.label')}>
        {attachments.map((a) => (
          <li key={a.id} className={styles.item}>
            {a.thumbSha256 ? (
              <img src={mediaUrl(a.thumbSha256)} alt={a.name} className={styles.thumb} loading="lazy" />
            ) : (
              <span className={styles.placeholder}>{a.mime.startsWith('video/') ? '▶' : '▣'}</span>
            )}
            {a.mime.startsWith('video/') && (
              <span className={styles.badge} aria-hidden="true">
                ▶
              </span>
            )}
            <button
              type="button"
              className={styles.remove}
              aria-label={t('attachments.remove', { name: a.name })}
              onClick={() => remove(a)}
            >
              ×
            </button>
          </li>
        ))}
        {sending.map((s) => (
          <li key={s.key} className={styles.item} data-error={s.error ? true : undefined}>
            <span className={styles.placeholder}>
              {s.error ? (
                <span role="alert">{t('attachments.failed', { name: s.name, reason: s.error })}</span>
              ) : (
                <progress
                  max={1}
                  value={s.progress}
                  aria-label={t('attachments.sending', { name: s.name })}
                />
              )}
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
