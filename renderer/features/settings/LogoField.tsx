import { type DragEvent, useRef, useState } from 'react';
import { LOGO_MAX_BYTES, type Profile } from '../../../shared/domain/profile.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { afterSuccess } from '../../api/settle.ts';
import { useSetProfileLogo } from '../../common/data/profile-queries.ts';
import { fileToBase64 } from '../../common/files/download.ts';
import { mediaUrl } from '../../common/files/media-url.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { errorMessage, issueMessage } from '../../i18n/errors.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { TFunction } from '../../i18n/keys.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { LOGO_ACCEPT, type LogoProblem, logoProblem } from './logo-file.ts';
import styles from './ProfileSection.module.css';

type Logo = NonNullable<Profile['logo']>;

/** A refusal in the logo's own words: the store's "images or videos can be attached" is about posts. */
function refusalMessage(t: TFunction, error: unknown, name: string, max: string): string {
  const issue = isRpcFailure(error) ? error.issues[0] : undefined;
  if (issue?.code === 'unsupportedFile') return t('settings.you.logoProblems.unreadable', { name });
  if (issue?.code === 'mediaTooBig') return t('settings.you.logoProblems.tooBig', { name, max });
  return issue ? issueMessage(t, issue) : errorMessage(t, error);
}

/** The logo: a picture picked or dropped, its preview, and Remove with Undo. */
export function LogoField({ logo }: { logo: Profile['logo'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const set = useSetProfileLogo();
  const undo = useUndo();
  const input = useRef<HTMLInputElement>(null);
  const field = useRef<HTMLFieldSetElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const max = formatNumber(LOGO_MAX_BYTES / 1024 / 1024, language);
  const problemId = 'settings-logo-problem';

  const say = (why: LogoProblem, name: string) =>
    setProblem(t(`settings.you.logoProblems.${why}`, { name, max }));

  const add = async (file: File) => {
    const why = logoProblem(file);
    if (why) return say(why, file.name);
    setProblem(null);
    try {
      await set.mutateAsync({ file: { name: file.name, base64: await fileToBase64(file) } });
    } catch (error) {
      setProblem(refusalMessage(t, error, file.name, max));
    }
  };

  // The picture stays in the data folder after it is taken away: Undo sends its bytes back.
  const putBack = async (previous: Logo) => {
    const bytes = await fetch(mediaUrl(previous.sha256)).then((r) => r.blob());
    set.mutate({ file: { name: previous.name, base64: await fileToBase64(bytes) } });
  };
  const remove = (previous: Logo) =>
    afterSuccess(set.mutateAsync({ file: null }), () => {
      // Remove is gone: the keyboard goes to "Choose a logo…".
      field.current?.querySelector('button')?.focus();
      undo.changed({ message: t('settings.you.logoRemoved'), undo: () => void putBack(previous) });
    });

  const carriesFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');
  return (
    <fieldset
      ref={field}
      className={styles.logo}
      data-over={over || undefined}
      aria-describedby={problem ? problemId : undefined}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) void add(file);
      }}
    >
      <legend className={styles.legend}>{t('settings.you.logo')}</legend>
      <div className={styles.logoBody}>
        {logo ? (
          <img
            className={styles.preview}
            src={mediaUrl(logo.sha256)}
            alt={t('settings.you.logoAlt', { name: logo.name })}
          />
        ) : (
          <span className={styles.placeholder} aria-hidden="true">
            {over ? '↓' : '▣'}
          </span>
        )}
        <div className={styles.side}>
          <p className={styles.hint}>{logo ? logo.name : t('settings.you.logoHint', { max })}</p>
          <div className={styles.buttons}>
            <Button size="small" onClick={() => input.current?.click()} disabled={set.isPending}>
              {logo ? t('settings.you.replace') : t('settings.you.pick')}
            </Button>
            {logo && (
              <Button size="small" variant="ghost" disabled={set.isPending} onClick={() => remove(logo)}>
                {t('settings.you.remove')}
              </Button>
            )}
          </div>
          {set.isPending && (
            <p className={styles.hint} role="status">
              {t('settings.you.sending')}
            </p>
          )}
        </div>
        <input
          ref={input}
          type="file"
          accept={LOGO_ACCEPT}
          hidden
          aria-label={t('settings.you.pick')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void add(file);
          }}
        />
      </div>
      {problem && (
        <p id={problemId} role="alert" className={styles.problem}>
          {problem}
        </p>
      )}
    </fieldset>
  );
}
