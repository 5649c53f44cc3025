import { useRef, useState } from 'react';
import { IDEA_PICTURE_MAX_BYTES, type Idea, type IdeaPicture } from '../../../shared/domain/idea.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { afterSuccess } from '../../api/settle.ts';
import { useSetIdeaPicture } from '../../common/data/idea-queries.ts';
import { fileToBase64 } from '../../common/files/download.ts';
import { mediaUrl } from '../../common/files/media-url.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { errorMessage, issueMessage } from '../../i18n/errors.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import styles from './PictureField.module.css';
import { pictureProblem } from './picture-file.ts';

export interface PictureApi {
  /** Sets the picture from a file picked or dropped; says inline why a file cannot be one. */
  add: (file: File) => Promise<void>;
  busy: boolean;
  problem: string | null;
}

/** The idea's picture: checked here first (an image, 4 MB at most), then by its bytes on the server. */
export function usePicture(idea: Idea): PictureApi {
  const { t } = useTranslation();
  const language = useLanguage();
  const set = useSetIdeaPicture();
  const [problem, setProblem] = useState<string | null>(null);
  return {
    busy: set.isPending,
    problem,
    async add(file: File) {
      const why = pictureProblem(file);
      if (why) {
        setProblem(
          why === 'tooBig'
            ? t('ideas.picture.tooBig', { max: formatNumber(IDEA_PICTURE_MAX_BYTES / 1024 / 1024, language) })
            : t('ideas.picture.notImage'),
        );
        return;
      }
      setProblem(null);
      try {
        await set.mutateAsync({ id: idea.id, file: { name: file.name, base64: await fileToBase64(file) } });
      } catch (error) {
        setProblem(
          isRpcFailure(error) && error.issues[0] ? issueMessage(t, error.issues[0]) : errorMessage(t, error),
        );
      }
    },
  };
}

/** The thumbnail, a button to pick a file, one to take the picture away; a drop anywhere on the editor works too. */
export function PictureField({ idea, picture }: { idea: Idea; picture: PictureApi }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const field = useRef<HTMLFieldSetElement>(null);
  const remove = useSetIdeaPicture();
  const undo = useUndo();
  // The file stays in the media store until the next sweep: the undo sends its bytes back.
  const putBack = async (previous: IdeaPicture) => {
    const bytes = await fetch(mediaUrl(previous.sha256)).then((r) => r.blob());
    remove.mutate({ id: idea.id, file: { name: previous.name, base64: await fileToBase64(bytes) } });
  };
  const takeAway = (previous: IdeaPicture) =>
    afterSuccess(remove.mutateAsync({ id: idea.id, file: null }), () => {
      // The Remove button is gone: the keyboard goes to "Choose a picture…".
      field.current?.querySelector('button')?.focus();
      undo.changed({ message: t('ideas.picture.removed'), undo: () => void putBack(previous) });
    });
  return (
    <fieldset
      ref={field}
      className={styles.field}
      aria-describedby={picture.problem ? `${idea.id}-picture-problem` : undefined}
    >
      <legend className={styles.legend}>{t('ideas.picture.label')}</legend>
      <div className={styles.body}>
        {idea.picture ? (
          <img
            className={styles.thumb}
            src={mediaUrl(idea.picture.sha256)}
            alt={t('ideas.picture.alt', { name: idea.picture.name })}
          />
        ) : (
          <span className={styles.empty} aria-hidden="true">
            ▣
          </span>
        )}
        <div className={styles.side}>
          <p className={styles.hint}>{idea.picture ? idea.picture.name : t('ideas.picture.hint')}</p>
          <div className={styles.buttons}>
            <Button size="small" onClick={() => input.current?.click()} disabled={picture.busy}>
              {idea.picture ? t('ideas.picture.replace') : t('ideas.picture.pick')}
            </Button>
            {idea.picture && (
              <Button
                size="small"
                variant="ghost"
                disabled={remove.isPending}
                onClick={() => idea.picture && takeAway(idea.picture)}
              >
                {t('ideas.picture.remove')}
              </Button>
            )}
          </div>
          {picture.busy && <p className={styles.hint}>{t('ideas.picture.sending')}</p>}
        </div>
        <input
          ref={input}
          type="file"
          accept="image/*"
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void picture.add(file);
          }}
        />
      </div>
      {picture.problem && (
        <p id={`${idea.id}-picture-problem`} role="alert" className={styles.problem}>
          {picture.problem}
        </p>
      )}
    </fieldset>
  );
}
