import { type KeyboardEvent, useId, useRef, useState } from 'react';
import {
  ACTION_MAX,
  ACTIONS_MAX,
  AUDIT_QUESTIONS,
  type AuditQuestion,
} from '../../../shared/domain/audit.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { Button, buttonClass } from '../../ui/Button.tsx';
import { DeferredMenu } from '../../ui/DeferredMenu.tsx';
import inputs from '../../ui/inputs.module.css';
import menu from '../../ui/Menu.module.css';
import { ActionOutcome } from './ActionOutcome.tsx';
import styles from './AuditView.module.css';
import type { ActionDraft } from './audit-draft.ts';

export type MakeKind = 'objective' | 'pillar' | 'post';
const MAKE_KINDS: readonly MakeKind[] = ['objective', 'pillar', 'post'];

function QuestionSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label?: string;
  value: AuditQuestion | null;
  onChange: (q: AuditQuestion | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <select
      id={id}
      aria-label={label}
      className={`${inputs.select} ${styles.questionSelect}`}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? null : (Number(e.target.value) as AuditQuestion))}
    >
      <option value="">{t('audit.actions.anyQuestion')}</option>
      {AUDIT_QUESTIONS.map((q) => (
        <option key={q} value={q}>
          {t('audit.actions.question', { n: q, short: t(`audit.questions.${q}.short`) })}
        </option>
      ))}
    </select>
  );
}

function ActionRow({
  action,
  n,
  clientId,
  timeZone,
  onText,
  onQuestion,
  onRemove,
  onMake,
}: {
  action: ActionDraft;
  n: number;
  clientId: string;
  timeZone: string;
  onText: (text: string) => void;
  onQuestion: (q: AuditQuestion | null) => void;
  onRemove: () => void;
  onMake: (kind: MakeKind) => void;
}) {
  const { t } = useTranslation();
  const base = useId();
  const empty = action.text.trim() === '';
  // A choice opens a dialog: the menu then leaves the keyboard to it rather than to its button.
  const chosen = useRef(false);
  return (
    <li className={styles.action} data-action-key={action.key}>
      <span className={styles.actionNumber} aria-hidden="true">
        {n}
      </span>
      <div className={styles.actionMain}>
        <input
          id={`${base}-text`}
          className={inputs.input}
          aria-label={t('audit.actions.textLabel', { n })}
          aria-invalid={empty || undefined}
          aria-describedby={empty ? `${base}-error` : undefined}
          maxLength={ACTION_MAX}
          value={action.text}
          onChange={(e) => onText(e.target.value)}
        />
        {empty && (
          <span id={`${base}-error`} className={styles.fieldError}>
            {t('audit.actions.emptyText')}
          </span>
        )}
        <div className={styles.actionTools}>
          <QuestionSelect
            id={`${base}-question`}
            label={t('audit.actions.questionLabel', { n })}
            value={action.question}
            onChange={onQuestion}
          />
          {action.became ? (
            <ActionOutcome outcome={action.became} clientId={clientId} timeZone={timeZone} />
          ) : (
            <DeferredMenu
              trigger={{
                className: buttonClass('default', 'small'),
                children: (
                  <>
                    <span aria-hidden="true">{t('audit.actions.make')} ▾</span>
                    <span className="visually-hidden">{`${t('audit.actions.make')} ${t('audit.actions.which', { n })}`}</span>
                  </>
                ),
              }}
              content={(M) => (
                <M.Portal>
                  <M.Content
                    className={menu.menu}
                    align="start"
                    sideOffset={4}
                    onCloseAutoFocus={(e) => {
                      if (!chosen.current) return;
                      chosen.current = false;
                      e.preventDefault();
                    }}
                  >
                    {MAKE_KINDS.map((kind) => (
                      <M.Item
                        key={kind}
                        className={menu.item}
                        onSelect={() => {
                          chosen.current = true;
                          onMake(kind);
                        }}
                      >
                        {t(`audit.make.${kind}.item`)}
                      </M.Item>
                    ))}
                  </M.Content>
                </M.Portal>
              )}
            />
          )}
        </div>
      </div>
      <Button variant="ghost" size="small" className={styles.remove} onClick={onRemove}>
        <span aria-hidden="true">{t('audit.actions.remove')}</span>
        <span className="visually-hidden">{`${t('audit.actions.remove')} ${t('audit.actions.which', { n })}`}</span>
      </Button>
    </li>
  );
}

/**
 * What the user will do about the answers: a list of actions, each perhaps tied to the question it
 * answers, each made in one step into an objective, a pillar or a draft post. A new one is typed in
 * the one-line field at the bottom: Enter adds it and leaves the field ready for the next.
 */
export function ActionsSection({
  actions,
  clientId,
  timeZone,
  onAdd,
  onText,
  onQuestion,
  onRemove,
  onMake,
}: {
  actions: readonly ActionDraft[];
  clientId: string;
  timeZone: string;
  onAdd: (text: string, question: AuditQuestion | null) => void;
  onText: (key: string, text: string) => void;
  onQuestion: (key: string, q: AuditQuestion | null) => void;
  onRemove: (key: string) => void;
  onMake: (key: string, kind: MakeKind) => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const newId = useId();
  const [text, setText] = useState('');
  const [question, setQuestion] = useState<AuditQuestion | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const full = actions.length >= ACTIONS_MAX;
  const done = actions.filter((a) => a.became).length;

  const add = () => {
    if (text.trim() === '' || full) return;
    onAdd(text.trim(), question);
    setText('');
    field.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      add();
    }
  };

  return (
    <section className={styles.actions} aria-labelledby={titleId}>
      <header className={styles.actionsHeader}>
        <h3 id={titleId} className={styles.actionsTitle}>
          {t('audit.actions.title')}
        </h3>
        {actions.length > 0 && (
          <span className={styles.muted}>{t('audit.actions.done', { count: actions.length, done })}</span>
        )}
      </header>
      <p className={styles.intro}>{t('audit.actions.intro')}</p>
      {actions.length > 0 && (
        <ol className={styles.actionList} aria-labelledby={titleId}>
          {actions.map((a, i) => (
            <ActionRow
              key={a.key}
              action={a}
              n={i + 1}
              clientId={clientId}
              timeZone={timeZone}
              onText={(v) => onText(a.key, v)}
              onQuestion={(q) => onQuestion(a.key, q)}
              onRemove={() => onRemove(a.key)}
              onMake={(kind) => onMake(a.key, kind)}
            />
          ))}
        </ol>
      )}
      <div className={styles.addAction}>
        <label htmlFor={newId} className={styles.addLabel}>
          {t('audit.actions.newLabel')}
        </label>
        <div className={styles.addRow}>
          <input
            ref={field}
            id={newId}
            className={inputs.input}
            maxLength={ACTION_MAX}
            placeholder={t('audit.actions.placeholder')}
            value={text}
            disabled={full}
            aria-describedby={`${newId}-hint`}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
          />
          <QuestionSelect
            id={`${newId}-question`}
            label={t('audit.actions.newQuestionLabel')}
            value={question}
            onChange={setQuestion}
          />
          <Button onClick={add} disabled={full || text.trim() === ''}>
            {t('audit.actions.add')}
          </Button>
        </div>
        <span id={`${newId}-hint`} className={styles.hint}>
          {full ? t('audit.actions.full', { max: ACTIONS_MAX }) : t('audit.actions.enterHint')}
        </span>
      </div>
    </section>
  );
}
