import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type KeyboardEvent, useId, useState } from 'react';
import { NOTES_MAX } from '../../../shared/domain/fields.ts';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';
import { usePrefs } from '../../api/prefs.ts';
import { useCreateIdea } from '../../common/data/idea-queries.ts';
import { navigate } from '../../common/hooks/route.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { errorMessage, fieldErrors } from '../../i18n/errors.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import inputs from '../../ui/inputs.module.css';
import { useToasts } from '../../ui/toast-context.ts';
import { checkCapture } from './capture.ts';
import { captureShortcut } from './idea-keys.ts';
import { requestOpen } from './open-request.ts';
import styles from './QuickCapture.module.css';

export interface QuickCaptureProps {
  /** The client on screen, whose bank is offered first; null: the shared bank only. */
  clientId: string | null;
  onClose: () => void;
}

/**
 * An idea jotted down from anywhere (Ctrl+Shift+I / ⌘⇧I): a line, Enter, and it is in the bank;
 * a second line for notes if wanted; this client's bank or the shared one. Esc closes.
 */
export function QuickCapture({ clientId, onClose }: QuickCaptureProps) {
  const { t } = useTranslation();
  const base = useId();
  const id = (name: string) => `${base}-${name}`;
  const toasts = useToasts();
  const create = useCreateIdea();
  const lastClientId = usePrefs().data?.lastClientId ?? null;
  const client = useQuery({
    queryKey: keys.client(clientId ?? ''),
    queryFn: () => call('clients.get', { id: clientId ?? '' }),
    enabled: clientId !== null,
    meta: { silent: true },
    retry: false,
  }).data;
  const [title, setTitle] = useState('');
  const [notes, setNotes] = useState('');
  const [shared, setShared] = useState(clientId === null);
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const check = checkCapture(title);
  const errors = fieldErrors(t, failure);
  const titleError =
    !check.ok && check.reason === 'tooLong'
      ? t('ideas.capture.tooLong', { max: check.max, typed: check.count })
      : tried && !check.ok
        ? t('ideas.quick.empty')
        : errors.title;
  const notesError =
    notes.length > NOTES_MAX
      ? t('ideas.capture.tooLong', { max: NOTES_MAX, typed: notes.length })
      : errors.notes;

  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    setTried(true);
    if (!check.ok || notes.length > NOTES_MAX || create.isPending) return;
    setFailure(null);
    const bank = shared ? null : clientId;
    try {
      const idea = await create.mutateAsync({ clientId: bank, title: check.title, notes: notes.trim() });
      // The ideas screen is a client's: a shared idea opens in the shared bank of the client on screen.
      const screenClient = clientId ?? lastClientId;
      toasts.show({
        title: t('ideas.quick.saved', { title: idea.title }),
        ...(screenClient && {
          action: {
            label: t('ideas.quick.open'),
            altText: t('ideas.quick.open'),
            run: () => {
              requestOpen({
                clientId: screenClient,
                ideaId: idea.id,
                scope: bank === null ? 'shared' : 'client',
              });
              navigate({ name: 'ideas', clientId: screenClient });
            },
          },
        }),
      });
      onClose();
    } catch (error) {
      setFailure(error);
    }
  };

  // Enter saves from either line; Shift+Enter starts a new line in the notes.
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
    if (e.target instanceof HTMLButtonElement) return;
    e.preventDefault();
    void save();
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('ideas.quick.title')}
      description={t('ideas.quick.intro', { shortcut: captureShortcut() })}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form={id('form')} variant="primary" disabled={create.isPending}>
            {t('ideas.quick.save')}
          </Button>
        </>
      }
    >
      <form id={id('form')} className={styles.form} onSubmit={save} onKeyDown={onKeyDown} noValidate>
        <FormAlert message={failure && !errors.title && !errors.notes ? errorMessage(t, failure) : null} />
        <Field id={id('title')} label={t('ideas.quick.idea')} error={titleError}>
          <input
            {...controlProps(id('title'), undefined, titleError)}
            className={`${inputs.input} ${styles.title}`}
            value={title}
            autoComplete="off"
            placeholder={t('ideas.quick.placeholder')}
            aria-required="true"
            autoFocus
            onChange={(e) => {
              setTitle(e.target.value);
              setFailure(null);
            }}
          />
        </Field>
        <Field
          id={id('notes')}
          label={t('ideas.quick.notes')}
          hint={t('ideas.quick.notesHint')}
          error={notesError}
        >
          <textarea
            {...controlProps(id('notes'), t('ideas.quick.notesHint'), notesError)}
            className={`${inputs.textarea} ${styles.notes}`}
            rows={2}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
        </Field>
        {clientId === null ? (
          <p className={styles.bankNote}>{t('ideas.quick.sharedOnly')}</p>
        ) : (
          <fieldset className={styles.bank}>
            <legend className={styles.legend}>{t('ideas.quick.bank')}</legend>
            <label className={styles.choice}>
              <input type="radio" name={id('bank')} checked={!shared} onChange={() => setShared(false)} />
              {client ? t('ideas.scope.client', { client: client.name }) : t('ideas.quick.thisClient')}
            </label>
            <label className={styles.choice}>
              <input type="radio" name={id('bank')} checked={shared} onChange={() => setShared(true)} />
              {t('ideas.scope.shared')}
            </label>
          </fieldset>
        )}
      </form>
    </Dialog>
  );
}
