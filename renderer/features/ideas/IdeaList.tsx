import { format } from 'date-fns';
import { type KeyboardEvent, type MouseEvent, useMemo, useState } from 'react';
import type { IsoDate } from '../../../shared/calendar/dates.ts';
import type { Idea } from '../../../shared/domain/idea.ts';
import type { Pillar } from '../../../shared/domain/pillar.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { startIdeaDrag } from '../../common/drag/idea-drag.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useVirtualRows } from '../../ui/use-virtual-rows.ts';
import styles from './IdeaList.module.css';
import { movedIndex, type RowAction, rowActionFor } from './idea-keys.ts';

/** Two lines per idea, all the same height: a bank of hundreds draws only the rows in view. */
export const ROW_HEIGHT = 56;

export interface IdeaRowActions {
  select: (idea: Idea) => void;
  edit: (idea: Idea) => void;
  plan: (idea: Idea) => void;
  remove: (idea: Idea) => void;
  setStatus: (idea: Idea, status: Idea['status']) => void;
}

export const rowElement = (id: string) =>
  document.querySelector<HTMLElement>(`[data-idea-id="${CSS.escape(id)}"]`);

export interface IdeaListProps {
  ideas: readonly Idea[];
  selectedId: string | null;
  label: string;
  /** Shared ideas are marked in a client's list (they are everyone's). */
  markShared: boolean;
  pillars: ReadonlyMap<string, Pillar>;
  today: IsoDate;
  actions: IdeaRowActions;
  /** Ids the keys hint describes. */
  describedBy: string;
}

/**
 * The bank's ideas as a list box: the arrows move through them (the editor follows), Enter goes
 * to the editor, 1–4 set the status, P plans, Delete moves to the Trash. Each row drags onto the
 * calendar.
 */
export function IdeaList({
  ideas,
  selectedId,
  label,
  markShared,
  pillars,
  today,
  actions,
  describedBy,
}: IdeaListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const locale = dateLocale(language);
  // Kept in state: the virtual rows read the pane once it is in the DOM, which a ref would not tell them.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const scrollRef = useMemo(() => ({ current: scroller }), [scroller]);
  const selectedIndex = selectedId === null ? -1 : ideas.findIndex((i) => i.id === selectedId);
  const virtualizer = useVirtualRows({
    count: ideas.length,
    scrollRef,
    rowHeight: ROW_HEIGHT,
    keep: selectedIndex,
  });
  // The row that takes Tab: the selected one, or the first.
  const tabStop = Math.max(selectedIndex, 0);

  const goTo = (index: number) => {
    const idea = ideas[index];
    if (!idea) return;
    actions.select(idea);
    virtualizer.scrollToIndex(index);
    requestAnimationFrame(() => rowElement(idea.id)?.focus({ preventScroll: true }));
  };

  const run = (idea: Idea, index: number, action: RowAction) => {
    switch (action.kind) {
      case 'move': {
        const page = Math.max(
          1,
          Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1,
        );
        goTo(movedIndex(index, action.to, ideas.length, page));
        return;
      }
      case 'edit':
        return actions.edit(idea);
      case 'plan':
        return actions.plan(idea);
      case 'delete':
        return actions.remove(idea);
      case 'status':
        return actions.setStatus(idea, action.status);
    }
  };

  const onKeyDown = (idea: Idea, index: number) => (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const action = rowActionFor(e);
    if (!action) return;
    e.preventDefault();
    run(idea, index, action);
  };

  const day = (date: string) => format(noonOf(date), 'd MMM', { locale });

  return (
    <div ref={setScroller} className={styles.scroll}>
      <div
        role="listbox"
        aria-label={label}
        aria-describedby={describedBy}
        className={styles.list}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const idea = ideas[item.index];
          if (!idea) return null;
          const pillar = idea.pillarId ? pillars.get(idea.pillarId) : undefined;
          const late = idea.useBefore !== null && idea.useBefore < today && idea.status === 'new';
          const selected = idea.id === selectedId;
          return (
            <div
              key={idea.id}
              role="option"
              aria-selected={selected}
              aria-setsize={ideas.length}
              aria-posinset={item.index + 1}
              tabIndex={item.index === tabStop ? 0 : -1}
              data-idea-id={idea.id}
              data-status={idea.status}
              className={styles.row}
              style={{ transform: `translateY(${item.start}px)` }}
              draggable
              onDragStart={(e) => startIdeaDrag(e, idea.id, idea.network)}
              onFocus={(e) => {
                if (e.target === e.currentTarget && !selected) actions.select(idea);
              }}
              onClick={(e: MouseEvent) => {
                if (!selected) actions.select(idea);
                (e.currentTarget as HTMLElement).focus({ preventScroll: true });
              }}
              onKeyDown={onKeyDown(idea, item.index)}
            >
              <span className={styles.first}>
                <span className={styles.dot} aria-hidden="true" />
                <span className={styles.title}>{idea.title}</span>
                {idea.picture && (
                  <span className={styles.pictureMark} role="img" aria-label={t('ideas.list.hasPicture')}>
                    ▣
                  </span>
                )}
                {markShared && idea.clientId === null && (
                  <span className={styles.shared}>{t('ideas.scope.sharedMark')}</span>
                )}
              </span>
              <span className={styles.second}>
                <span className={styles.status}>{t(`ideas.statuses.${idea.status}`)}</span>
                {idea.network && <span>{networkName(t, idea.network)}</span>}
                {pillar && <span>{pillar.name}</span>}
                {idea.useBefore && (
                  <span className={late ? styles.late : undefined}>
                    {t('ideas.list.useBefore', { date: day(idea.useBefore) })}
                  </span>
                )}
                {idea.tags.length > 0 && (
                  <span className={styles.tags}>{idea.tags.map((tag) => `#${tag}`).join(' ')}</span>
                )}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
