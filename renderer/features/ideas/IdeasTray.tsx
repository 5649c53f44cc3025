import { format } from 'date-fns';
import { useId, useState } from 'react';
import type { Client } from '../../../shared/domain/client.ts';
import type { Idea } from '../../../shared/domain/idea.ts';
import { useIdeas } from '../../common/data/idea-queries.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { startIdeaDrag } from '../../common/drag/idea-drag.ts';
import { networkName } from '../../common/format/network-name.ts';
import { hrefOf } from '../../common/hooks/route.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { CaptureField } from './CaptureField.tsx';
import styles from './IdeasTray.module.css';
import { captureShortcut } from './idea-keys.ts';
import { PlanDialog } from './PlanDialog.tsx';

/** The most a tray lists: it is a shortlist beside the calendar, not the bank. */
const TRAY_LIMIT = 200;

/**
 * The client's new and planned ideas, narrow enough to sit beside the calendar: drag one onto a
 * day, or press Enter on it to plan it; a line at the top captures another.
 */
export function IdeasTray({ client }: { client: Client }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const locale = dateLocale(language);
  const headingId = useId();
  const hintId = useId();
  const ideas = useIdeas({
    clientId: client.id,
    statuses: ['new', 'planned'],
    sort: 'newest',
    limit: TRAY_LIMIT,
  });
  const [planning, setPlanning] = useState<Idea | null>(null);
  const list = ideas.data ?? [];

  return (
    <section className={styles.tray} aria-labelledby={headingId}>
      <div className={styles.head}>
        <h3 id={headingId} className={styles.title}>
          {t('ideas.tray.title')}
        </h3>
        <a className={styles.all} href={hrefOf({ name: 'ideas', clientId: client.id })}>
          {t('ideas.tray.all')}
        </a>
      </div>
      <CaptureField
        compact
        clientId={client.id}
        label={t('ideas.capture.label', { client: client.name })}
        placeholder={t('ideas.tray.placeholder')}
        addedMessage={() => t('ideas.capture.added')}
      />
      {ideas.data && list.length === 0 && (
        <p className={styles.empty}>{t('ideas.tray.empty', { shortcut: captureShortcut() })}</p>
      )}
      {list.length > 0 && (
        <ul className={styles.list} aria-labelledby={headingId} aria-describedby={hintId}>
          {list.map((idea) => (
            <li
              key={idea.id}
              className={styles.item}
              data-status={idea.status}
              draggable
              onDragStart={(e) => startIdeaDrag(e, idea.id, idea.network)}
            >
              <button
                type="button"
                className={styles.idea}
                aria-keyshortcuts="Enter P"
                onClick={() => setPlanning(idea)}
                onKeyDown={(e) => {
                  if (e.key.toLowerCase() === 'p' && !e.ctrlKey && !e.metaKey && !e.altKey) {
                    e.preventDefault();
                    setPlanning(idea);
                  }
                }}
              >
                <span className={styles.ideaTitle}>{idea.title}</span>
                <span className={styles.meta}>
                  {idea.status === 'planned' && <span>{t('ideas.statuses.planned')}</span>}
                  {idea.network && <span>{networkName(t, idea.network)}</span>}
                  {idea.useBefore && (
                    <span>
                      {t('ideas.list.useBefore', {
                        date: format(noonOf(idea.useBefore), 'd MMM', { locale }),
                      })}
                    </span>
                  )}
                  {idea.clientId === null && <span>{t('ideas.scope.sharedMark')}</span>}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p id={hintId} className={styles.hint}>
        {t('ideas.tray.hint')}
      </p>
      {planning && <PlanDialog client={client} idea={planning} onClose={() => setPlanning(null)} />}
    </section>
  );
}
