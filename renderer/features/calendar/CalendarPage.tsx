import {
  type DragEvent,
  type KeyboardEvent,
  type ReactNode,
  Suspense,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { IsoDate, LocalTime } from '../../../shared/calendar/dates.ts';
import { zonedToday, zonedToUtc } from '../../../shared/calendar/zoned.ts';
import type { Client } from '../../../shared/domain/client.ts';
import type { Post, PostFilters } from '../../../shared/domain/post.ts';
import type { CalendarViewName } from '../../../shared/domain/prefs.ts';
import type { PlanDate } from '../../../shared/domain/recurring-date.ts';
import { usePrefs, useSetPrefs } from '../../api/prefs.ts';
import { afterSuccess } from '../../api/settle.ts';
import { useChannels } from '../../common/data/channel-queries.ts';
import { usePlanDates } from '../../common/data/date-queries.ts';
import { useCreateIdea, useIdeaToPost, useUpdateIdea } from '../../common/data/idea-queries.ts';
import {
  useCampaigns,
  useDeletePosts,
  useMovePosts,
  usePillars,
  usePosts,
} from '../../common/data/post-queries.ts';
import { periodOf, shownRange } from '../../common/dates/calendar-period.ts';
import { type DraggedIdea, droppedIdea } from '../../common/drag/idea-drag.ts';
import { useDialogs } from '../../common/hooks/dialogs.ts';
import { navigate } from '../../common/hooks/route.ts';
import { useKeyActions } from '../../common/hooks/shortcuts.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useCalendarView } from '../../common/hooks/use-calendar-view.ts';
import { ScreenBoundary } from '../../common/lazy/ScreenBoundary.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { useToasts } from '../../ui/toast-context.ts';
import { useNow } from '../../ui/use-now.ts';
import { useRenderMeasure } from '../../ui/use-render-measure.ts';
import styles from './CalendarPage.module.css';
import { CalendarToolbar } from './CalendarToolbar.tsx';
import { type CalendarActions, DRAG_TYPE } from './calendar-actions.ts';
import { calendarShortcutFor } from './calendar-shortcuts.ts';
import { focusCard, neighbour } from './card-focus.ts';
import { type DateAction, useDateName } from './DateChips.tsx';
import { FilterBar } from './FilterBar.tsx';
import { MonthView } from './MonthView.tsx';
import type { MoreAction } from './MoreMenu.tsx';
import { moveByMinutes } from './move-by.ts';
import {
  ApprovalExportDialog,
  ApprovalReplyDialog,
  Composer,
  CopyWeekDialog,
  DatesDialog,
  DuplicateDialog,
  ExportDialog,
  ImportDialog,
  ListView,
  PillarsDialog,
} from './parts.ts';
import { planDatesByDay } from './plan-date-days.ts';
import { draftOf, newDraft, type PostDraft } from './post-draft.ts';
import { placePosts } from './post-layout.ts';
import { SelectionBar } from './SelectionBar.tsx';
import { useMovedAway } from './use-moved-away.ts';
import { useSelection } from './use-selection.ts';
import { WeekView } from './WeekView.tsx';

type Composing = { post: Post | null; initial: PostDraft };

const NO_FILTERS: PostFilters = {};

/**
 * A client's content calendar: the week (the default), with the composer on top of it. In the week
 * workspace (`weekOnly`) it is the plain week: the calendar's own view and filters stay the calendar's,
 * and the view letters open the calendar itself.
 */
export function CalendarPage({
  client,
  weekOnly = false,
  ideasTray,
}: {
  client: Client;
  weekOnly?: boolean;
  /** The ideas bank's shortlist, to drag from onto the days; the user may fold it away. */
  ideasTray?: ReactNode;
}) {
  const { t } = useTranslation();
  const locale = dateLocale(useLanguage());
  const dialogs = useDialogs();
  const undo = useUndo();
  const now = useNow(60_000);
  const remembered = useCalendarView(client.id, client.timeZone);
  const view = weekOnly ? { ...remembered, view: 'week' as const, filters: NO_FILTERS } : remembered;
  const period = useMemo(() => periodOf(view.view, view.date, locale), [view.view, view.date, locale]);
  const channelsQuery = useChannels(client.id);
  const channels = useMemo(() => (channelsQuery.data ?? []).filter((c) => !c.archived), [channelsQuery.data]);
  const pillars = usePillars(client.id).data ?? [];
  const searching = view.filters.search !== undefined;
  // A search looks through every date; otherwise the period on screen, filtered.
  const range = searching ? {} : { from: period.from, to: period.to };
  const posts = usePosts({ clientId: client.id, ...range, ...view.filters }).data ?? [];
  const campaigns = useCampaigns(client.id).data ?? [];
  const byDay = useMemo(() => placePosts(posts, client.timeZone), [posts, client.timeZone]);
  // The dates to plan around sit above the week's and the month's days; a list or a search has none.
  const showDates = !searching && view.view !== 'list';
  const planDates = usePlanDates({ clientId: client.id, from: period.from, to: period.to }, showDates).data;
  const datesByDay = useMemo(
    () => planDatesByDay(showDates ? (planDates ?? []) : [], period.days),
    [planDates, showDates, period.days],
  );
  const dateName = useDateName();
  const trayShown = (usePrefs().data?.ideasTray ?? true) && ideasTray !== undefined;
  const setPrefs = useSetPrefs();
  const toasts = useToasts();
  const ideaToPost = useIdeaToPost();
  const createIdea = useCreateIdea();
  const updateIdea = useUpdateIdea();
  useRenderMeasure(`calendar-${view.view}`, byDay);
  // Posts in the order they show (days, then times): what Shift-click ranges and Ctrl+A select.
  const order = useMemo(
    () => [...byDay.keys()].sort().flatMap((day) => (byDay.get(day) ?? []).map((p) => p.post.id)),
    [byDay],
  );
  const selection = useSelection();
  const selected = selection.selected;
  const [composing, setComposing] = useState<Composing | null>(null);
  const [duplicating, setDuplicating] = useState<Post | null>(null);
  const [copyingWeek, setCopyingWeek] = useState(false);
  const [more, setMore] = useState<MoreAction | null>(null);
  const move = useMovePosts();
  const remove = useDeletePosts();
  const dateInput = useRef<HTMLInputElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  // A card moved with the keyboard keeps the focus once it is drawn at its new place.
  const refocus = useRef<{ id: string; plannedAt: string } | null>(null);
  useLayoutEffect(() => {
    const target = refocus.current;
    if (target && posts.some((p) => p.id === target.id && p.plannedAt === target.plannedAt)) {
      refocus.current = null;
      focusCard(target.id);
    }
  }, [posts]);
  const today = zonedToday(now, client.timeZone);
  const announceIfAway = useMovedAway({
    zone: client.timeZone,
    shown: searching ? null : { from: period.from, to: period.to },
    goTo: view.setDate,
  });

  // A selection belongs to what is on screen: a new period or new filters start it afresh.
  // biome-ignore lint/correctness/useExhaustiveDependencies: cleared when the period or filters change, on purpose.
  useEffect(() => selection.clear(), [period.from, period.to, view.filters]);

  const postById = (id: string) => posts.find((p) => p.id === id);
  const targets = (id: string) => (selected.has(id) ? [...selected] : [id]);

  const open = (id: string) => {
    const post = postById(id);
    if (post) setComposing({ post, initial: draftOf(post, client.timeZone) });
  };
  const createAt = (date: IsoDate, time?: LocalTime, caption = '') => {
    const channel = channels[0];
    if (!channel) return;
    setComposing({ post: null, initial: { ...newDraft(channel.id, date, time ?? '09:00'), caption } });
  };
  /** An idea dropped on a day becomes a draft there, on a channel of its network if the client has one. */
  const planIdea = (dragged: DraggedIdea, date: IsoDate, time: LocalTime) => {
    const channel = channels.find((c) => c.network === dragged.network) ?? channels[0];
    if (!channel) return;
    afterSuccess(
      ideaToPost.mutateAsync({ id: dragged.id, channelId: channel.id, date, time }),
      ({ post, idea, before }) =>
        undo.changed({
          message: t('calendar.ideaPlanned', { title: idea.title }),
          undo: () =>
            afterSuccess(remove.mutateAsync({ ids: [post.id] }), () =>
              updateIdea.mutate({ id: idea.id, ...before }),
            ),
          secondary: { label: t('calendar.openDraft'), run: () => open(post.id) },
        }),
    );
  };
  const onDate = (date: PlanDate, day: IsoDate, action: DateAction) => {
    const name = dateName(date);
    if (action === 'post') createAt(day, undefined, name);
    else
      afterSuccess(createIdea.mutateAsync({ clientId: client.id, title: name, useBefore: date.on }), () =>
        toasts.show({ title: t('dates.ideaSaved', { name }) }),
      );
  };
  const deletePosts = (ids: string[]) =>
    afterSuccess(remove.mutateAsync({ ids }), (items) => {
      selection.clear();
      undo.deleted(items, t('posts.deleted', { count: items.length }));
    });
  const moveBy = (id: string, daysBy: number, minutesBy: number) => {
    const post = postById(id);
    if (!post) return;
    const target = moveByMinutes(post.plannedAt, daysBy, minutesBy, client.timeZone);
    if (!target) return;
    const { date, time, occurrence } = target;
    // Known before the answer: the card may be redrawn at its new place before every refresh is back.
    refocus.current = { id, plannedAt: zonedToUtc(date, time, client.timeZone, occurrence) };
    afterSuccess(move.mutateAsync({ ids: [id], date, time, occurrence }), () => {
      // The week may change under the card: follow it.
      if (date < period.from || date >= period.to) view.setDate(date);
    });
  };

  const actions: CalendarActions = {
    channels: new Map(channels.map((c) => [c.id, c])),
    pillars: new Map(pillars.map((p) => [p.id, p])),
    selected,
    today,
    open,
    createAt,
    toggleSelect: (id, range, shown = order) => selection.toggle(id, range, shown),
    dragStart: (event: DragEvent, id: string) => {
      event.dataTransfer.setData(DRAG_TYPE, JSON.stringify(targets(id)));
      event.dataTransfer.effectAllowed = 'move';
    },
    drop: (event: DragEvent, date: IsoDate, time?: LocalTime) => {
      const idea = droppedIdea(event);
      if (idea) {
        event.preventDefault();
        planIdea(idea, date, time ?? '09:00');
        return;
      }
      const raw = event.dataTransfer.getData(DRAG_TYPE);
      if (!raw) return;
      event.preventDefault();
      const ids = (JSON.parse(raw) as unknown[]).filter((x): x is string => typeof x === 'string');
      if (ids.length > 0) move.mutate(time ? { ids, date, time } : { ids, date });
    },
    cardKeyDown: (event: KeyboardEvent, id: string) => {
      const key = event.key;
      if (key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight') {
        event.preventDefault();
        if (event.altKey) {
          const days = key === 'ArrowLeft' ? -1 : key === 'ArrowRight' ? 1 : 0;
          const minutes = key === 'ArrowUp' ? -60 : key === 'ArrowDown' ? 60 : 0;
          moveBy(id, days, minutes);
        } else {
          const next = neighbour(period.days, byDay, id, key);
          if (next) focusCard(next);
        }
      } else if ((key === 'd' || key === 'D') && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        const post = postById(id);
        if (post) setDuplicating(post);
      } else if (key === 'x' || key === 'X') {
        event.preventDefault();
        actions.toggleSelect(id, false);
      } else if (key === 'Delete' || key === 'Backspace') {
        event.preventDefault();
        deletePosts(targets(id));
      }
    },
  };

  const showView = (name: CalendarViewName) => {
    view.setView(name);
    if (weekOnly) navigate({ name: 'calendar', clientId: client.id });
  };

  useKeyActions(document, calendarShortcutFor, {
    newPost: () => createAt(today >= period.from && today < period.to ? today : period.from),
    today: view.today,
    next: () => view.step(1),
    previous: () => view.step(-1),
    goTo: () => dateInput.current?.focus(),
    week: () => showView('week'),
    month: () => showView('month'),
    list: () => showView('list'),
    search: () => searchInput.current?.focus(),
    clearSelection: selection.clear,
    deleteSelected: () => {
      if (selected.size > 0) deletePosts([...selected]);
    },
    selectAll: () => selection.set(order),
  });

  // The grid waits for the channels: a post started before they arrive would have none to go on.
  if (!channelsQuery.isSuccess) return null;
  if (channels.length === 0)
    return (
      <EmptyState
        title={t('calendar.noChannels.title')}
        action={
          <Button variant="primary" onClick={() => dialogs.show({ kind: 'channel', clientId: client.id })}>
            {t('channels.new')}
          </Button>
        }
      >
        <p>{t('calendar.noChannels.body')}</p>
      </EmptyState>
    );

  return (
    <div className={styles.page}>
      <CalendarToolbar
        view={view}
        period={period}
        dateInput={dateInput}
        onNewPost={() => createAt(today >= period.from && today < period.to ? today : period.from)}
        onCopyWeek={() => setCopyingWeek(true)}
        onMore={setMore}
        weekOnly={weekOnly}
        trayToggle={
          ideasTray !== undefined && (
            <Button aria-pressed={trayShown} onClick={() => setPrefs.mutate({ ideasTray: !trayShown })}>
              {t('calendar.ideasTray')}
            </Button>
          )
        }
        filters={
          !weekOnly && (
            <FilterBar
              filters={view.filters}
              onChange={view.setFilters}
              channels={channels}
              pillars={pillars}
              campaigns={campaigns}
              searchInput={searchInput}
              clientId={client.id}
            />
          )
        }
      />
      {selected.size > 0 && (
        <SelectionBar
          ids={[...selected]}
          onClear={selection.clear}
          onDelete={() => deletePosts([...selected])}
          onDone={() => {
            const first = order.find((id) => selected.has(id));
            if (first) focusCard(first);
          }}
        />
      )}
      <div className={styles.body}>
        <div className={styles.viewPane}>
          {view.view === 'list' ? (
            // Its code loads when first shown (prefetched on idle): meanwhile an empty pane, not a blank calendar.
            <ScreenBoundary at="list">
              <ListView
                client={client}
                rows={[...byDay.values()].flat()}
                actions={actions}
                hidden={view.hiddenColumns ?? []}
                onHiddenChange={view.setHiddenColumns}
                searching={searching}
              />
            </ScreenBoundary>
          ) : view.view === 'month' ? (
            <MonthView
              month={view.date}
              days={period.days}
              byDay={byDay}
              actions={actions}
              dates={datesByDay}
              onDate={onDate}
              onShowWeek={(day) => view.show('week', day)}
            />
          ) : (
            <WeekView days={period.days} byDay={byDay} actions={actions} dates={datesByDay} onDate={onDate} />
          )}
        </div>
        {trayShown && <div className={styles.tray}>{ideasTray}</div>}
      </div>
      {/* The composer and dialogs load when first opened (prefetched on idle): nothing shows meanwhile. */}
      <Suspense fallback={null}>
        {composing && (
          <Composer
            key={composing.post?.id ?? 'new'}
            client={client}
            channels={channels}
            post={composing.post}
            initial={composing.initial}
            onClose={(postId) => {
              setComposing(null);
              if (postId) announceIfAway(postId, composing.initial);
            }}
            onDelete={(post) => {
              setComposing(null);
              deletePosts([post.id]);
            }}
            onDuplicate={(post) => {
              setComposing(null);
              setDuplicating(post);
            }}
          />
        )}
        {duplicating && (
          <DuplicateDialog
            post={duplicating}
            channels={channels}
            timeZone={client.timeZone}
            onClose={() => setDuplicating(null)}
          />
        )}
        {more === 'export' && (
          <ExportDialog
            client={client}
            {...shownRange(view.view, view.date, period)}
            onClose={() => setMore(null)}
          />
        )}
        {more === 'import' && <ImportDialog client={client} onClose={() => setMore(null)} />}
        {more === 'pillars' && <PillarsDialog client={client} onClose={() => setMore(null)} />}
        {more === 'dates' && <DatesDialog client={client} onClose={() => setMore(null)} />}
        {more === 'approvalSend' && (
          <ApprovalExportDialog client={client} today={today} onClose={() => setMore(null)} />
        )}
        {more === 'approvalReply' && <ApprovalReplyDialog client={client} onClose={() => setMore(null)} />}
        {copyingWeek && (
          <CopyWeekDialog
            client={client}
            weekStart={period.from}
            actions={actions}
            onClose={() => setCopyingWeek(false)}
          />
        )}
      </Suspense>
    </div>
  );
}
