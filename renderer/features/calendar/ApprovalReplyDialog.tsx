import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { addDays } from '../../../shared/calendar/dates.ts';
import { REPLY_MAX_CHARS, type ReplyPreview } from '../../../shared/domain/approval.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { failureMessages } from '../../i18n/errors.ts';
import { formatDateTime, formatLongDay } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import inputs from '../../ui/inputs.module.css';
import { useToasts } from '../../ui/toast-context.ts';
import styles from './CalendarDialogs.module.css';
import { DialogForm } from './DialogForm.tsx';
import { ReplyAnswers } from './ReplyAnswers.tsx';

/** A reply far bigger than any reply is refused before it is read (a 50 MB file never travels). */
const tooBig = (file: File) => file.size > REPLY_MAX_CHARS;

/**
 * The client's reply, from the file they sent or the text of their e-mail: checked first and shown
 * beside each post; applied only when the user says so, and only where the post is as they saw it.
 */
export function ApprovalReplyDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const base = useId();
  const qc = useQueryClient();
  const toasts = useToasts();
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<{ text: string; preview: ReplyPreview } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const check = async (reply: string) => {
    setPending(true);
    setError(null);
    try {
      setChecked({
        text: reply,
        preview: await call('approvals.read', { clientId: client.id, text: reply }),
      });
    } catch (failure) {
      setError(failureMessages(t, failure).join(' '));
    } finally {
      setPending(false);
    }
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    if (tooBig(file)) {
      setError(t('issues.replyTooBig'));
      return;
    }
    await check(await file.text());
  };

  const apply = async () => {
    if (!checked) return;
    setPending(true);
    try {
      const result = await call('approvals.apply', { clientId: client.id, text: checked.text });
      await qc.invalidateQueries({ queryKey: keys.posts });
      toasts.show({ title: t('approvals.reply.applied', { count: result.applied }) });
      onClose();
    } catch (failure) {
      setError(failureMessages(t, failure).join(' '));
    } finally {
      setPending(false);
    }
  };

  const ready = checked?.preview.answers.filter((a) => a.state === 'ready').length ?? 0;
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('approvals.reply.title')}
      description={t('approvals.reply.description')}
      wide
      footer={
        checked ? (
          <>
            <Button onClick={() => setChecked(null)}>{t('approvals.reply.another')}</Button>
            <Button variant="primary" onClick={() => void apply()} disabled={pending || ready === 0}>
              {t('approvals.reply.apply', { count: ready })}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" form={base} variant="primary" disabled={pending || text.trim() === ''}>
              {pending ? t('approvals.reply.checking') : t('approvals.reply.check')}
            </Button>
          </>
        )
      }
    >
      <FormAlert message={error} />
      {checked ? (
        <div className={styles.form}>
          <p role="status">
            {t('approvals.reply.summary', {
              client: checked.preview.clientName,
              date: formatDateTime(checked.preview.answeredAt, language),
              period: `${formatLongDay(checked.preview.from, language)} – ${formatLongDay(addDays(checked.preview.to, -1), language)}`,
            })}{' '}
            {checked.preview.unanswered > 0 &&
              t('approvals.reply.unanswered', { count: checked.preview.unanswered })}
          </p>
          {ready === 0 && <p className={styles.hint}>{t('approvals.reply.nothingToApply')}</p>}
          <ReplyAnswers answers={checked.preview.answers} />
        </div>
      ) : (
        <DialogForm id={base} onSubmit={() => void check(text)}>
          <div>
            <input
              ref={fileInput}
              id={`${base}-file`}
              type="file"
              accept=".txt,text/plain"
              className="visually-hidden"
              onChange={(e) => void pick(e.target.files?.[0])}
            />
            <Button onClick={() => fileInput.current?.click()} disabled={pending}>
              {t('approvals.reply.choose')}
            </Button>
          </div>
          <label htmlFor={`${base}-text`} className={styles.label}>
            {t('approvals.reply.orPaste')}
          </label>
          <textarea
            id={`${base}-text`}
            className={inputs.input}
            rows={6}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-label={t('approvals.reply.pasteLabel')}
          />
        </DialogForm>
      )}
    </Dialog>
  );
}
