import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { IDEA_STATUSES, type Idea, type IdeaStatus } from '../../../shared/domain/idea.ts';
import { NETWORK_IDS, type NetworkId } from '../../../shared/networks.ts';
import { usePrefs, useSetPrefs } from '../../api/prefs.ts';
import { useExperts, useIdeas, useIdeaTags } from '../../common/data/idea-queries.ts';
import { usePillars } from '../../common/data/post-queries.ts';
import { useSegments } from '../../common/data/segment-queries.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useKeyActions } from '../../common/hooks/shortcuts.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { CheckMenu } from '../../ui/CheckMenu.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import inputs from '../../ui/inputs.module.css';
import { SplitPanes } from '../../ui/SplitPanes.tsx';
import { useNow } from '../../ui/use-now.ts';
import { CaptureField } from './CaptureField.tsx';
import { IdeaEditor } from './IdeaEditor.tsx';
import { IdeaList, rowElement } from './IdeaList.tsx';
import styles from './IdeasPage.module.css';
import { captureShortcut, pageActionFor } from './idea-keys.ts';
import { KeysCard } from './KeysCard.tsx';
import {
  captureShows,
  type IdeaFilters,
  type IdeaSort,
  isFiltered,
  listInput,
  NO_FILTERS,
  type Scope,
} from './list-filter.ts';
import { PlanDialog } from './PlanDialog.tsx';
import { QuickCapture } from './QuickCapture.tsx';
import { useIdeaActions } from './use-idea-actions.ts';

const SORTS: readonly IdeaSort[] = ['newest', 'useBefore', 'title', 'status'];
const SEARCH_DELAY_MS = 250;

const SPLIT = {
  ids: ['ideas-list', 'ideas-editor'] as const,
  limits: { minFirst: 34, minSecond: 32, foldable: false },
  fallback: 44,
};

/** What the list shows, kept per client while the app is open: back on the screen, it is as left. */
export interface IdeasView {
  scope: Scope;
  filters: IdeaFilters;
  selectedId: string | null;
}
export const FIRST_VIEW: IdeasView = { scope: 'client', filters: NO_FILTERS, selectedId: null };

export interface IdeasTabProps {
  client: Client;
  view: IdeasView;
  onView: (change: (view: IdeasView) => IdeasView) => void;
  /** The tab is on screen: its letters (N, /) listen only then. */
  active: boolean;
  /** Add an expert, from this idea's editor: the idea takes it as its source once added. */
  onAddExpert: (ideaId: string) => void;
}

/**
 * The bank of one client (with the shared ideas) or the shared bank alone: a capture line, the
 * list searched and filtered on the server, and the selected idea's editor beside it.
 */
export function IdeasTab({ client, view, onView, active, onAddExpert }: IdeasTabProps) {
  // Where the user left the divider, as the week workspace remembers its panes.
  const savedPanes = usePrefs().data?.ideasPanes ?? {};
  const setPrefs = useSetPrefs();
  const { t } = useTranslation();
  const language = useLanguage();
  const keysId = useId();
  const today = zonedToday(useNow(60_000), client.timeZone);
  const { scope, filters } = view;
  const [typed, setTyped] = useState(filters.search);
  const searchTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const captureRef = useRef<HTMLInputElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const flushEditor = useRef<(() => Promise<boolean>) | null>(null);
  const [planning, setPlanning] = useState<Idea | null>(null);
  const [hiddenNote, setHiddenNote] = useState(false);
  const [quick, setQuick] = useState(false);
  const actions = useIdeaActions();

  const bankId = scope === 'client' ? client.id : null;
  const query = useIdeas(listInput(scope, client.id, filters));
  const ideas = query.data ?? [];
  const tags = useIdeaTags(bankId).data ?? [];
  const pillars = usePillars(client.id).data ?? [];
  const segments = useSegments(client.id).data ?? [];
  const experts = useExperts().data ?? [];
  const pillarMap = useMemo(() => new Map(pillars.map((p) => [p.id, p])), [pillars]);
  const filtered = isFiltered(filters);
  // A new user's bank: the capture line and what the bank is for, in one column.
  const bankEmpty = query.data !== undefined && ideas.length === 0 && !filtered;

  const setFilters = (change: Partial<IdeaFilters>) =>
    onView((v) => ({ ...v, filters: { ...v.filters, ...change } }));
  const select = (id: string | null) => onView((v) => (v.selectedId === id ? v : { ...v, selectedId: id }));
  const selected = ideas.find((i) => i.id === view.selectedId) ?? null;

  // Nothing picked yet (or the idea left the list): the first one shows in the editor.
  const firstId = ideas[0]?.id ?? null;
  useEffect(() => {
    if (query.isPlaceholderData || !query.data) return;
    if (view.selectedId === null || !query.data.some((i) => i.id === view.selectedId))
      onView((v) => ({ ...v, selectedId: firstId }));
  }, [query.data, query.isPlaceholderData, view.selectedId, firstId, onView]);

  useKeyActions(document, (e) => (active ? pageActionFor(e) : null), {
    capture: () => captureRef.current?.focus(),
    search: () => searchRef.current?.focus(),
  });

  /** Where the keyboard goes once an idea leaves the list: the one after it, or before. */
  const neighbourOf = (idea: Idea) => {
    const at = ideas.findIndex((i) => i.id === idea.id);
    return ideas[at + 1] ?? ideas[at - 1] ?? null;
  };
  const focusRow = (id: string) =>
    requestAnimationFrame(() => requestAnimationFrame(() => rowElement(id)?.focus({ preventScroll: true })));

  const rowActions = {
    select: (idea: Idea) => select(idea.id),
    edit: () => titleRef.current?.focus(),
    plan: (idea: Idea) => {
      // The draft takes the idea's words as they are on screen.
      const pending = idea.id === view.selectedId ? flushEditor.current?.() : undefined;
      void Promise.resolve(pending).then(() => setPlanning(idea));
    },
    remove: (idea: Idea) => {
      const next = neighbourOf(idea);
      const hadFocus = rowElement(idea.id)?.contains(document.activeElement) ?? false;
      // What was typed in its editor is written first: the Trash then keeps it, and Undo brings it back.
      const pending = idea.id === view.selectedId ? flushEditor.current?.() : undefined;
      void Promise.resolve(pending).then(() =>
        actions.remove(idea, () => {
          select(next?.id ?? null);
          if (next && hadFocus) focusRow(next.id);
        }),
      );
    },
    setStatus: (idea: Idea, status: IdeaStatus) =>
      actions.setStatus(idea, status, () => {
        // Under a status filter the idea may leave the list: the keyboard stays in it.
        if (filters.statuses.length > 0 && !filters.statuses.includes(status)) {
          const next = neighbourOf(idea);
          select(next?.id ?? null);
          if (next) focusRow(next.id);
        }
      }),
  };

  const clearFilters = () => {
    setTyped('');
    onView((v) => ({ ...v, filters: { ...NO_FILTERS, sort: v.filters.sort } }));
  };

  const count = formatNumber(ideas.length, language);
  const scopeName = `${keysId}-scope`;

  const listPane = (
    <div className={styles.listPane}>
      <div className={styles.listHead}>
        <fieldset className={styles.scope}>
          <legend className="visually-hidden">{t('ideas.scope.label')}</legend>
          {(['client', 'shared'] as const).map((s) => (
            <label key={s} className={styles.scopeChoice}>
              <input
                type="radio"
                name={scopeName}
                checked={scope === s}
                onChange={() => onView((v) => ({ ...v, scope: s, selectedId: null }))}
              />
              {s === 'client' ? t('ideas.scope.client', { client: client.name }) : t('ideas.scope.shared')}
            </label>
          ))}
        </fieldset>
        <span className={styles.headEnd}>
          {query.data && (
            <span className={styles.count} role="status">
              {t('ideas.list.count', { count: ideas.length, formatted: count })}
            </span>
          )}
          <Button
            size="small"
            variant="ghost"
            aria-keyshortcuts="Control+Shift+I"
            title={captureShortcut()}
            onClick={() => setQuick(true)}
          >
            {t('ideas.capture.withNotes')}
          </Button>
        </span>
      </div>
      <CaptureField
        clientId={bankId}
        inputRef={captureRef}
        label={
          scope === 'client'
            ? t('ideas.capture.label', { client: client.name })
            : t('ideas.capture.labelShared')
        }
        placeholder={t('ideas.capture.placeholder')}
        addedMessage={(idea) => {
          const shows = captureShows(filters, idea.title);
          setHiddenNote(!shows);
          return shows ? t('ideas.capture.added') : t('ideas.capture.addedHidden');
        }}
        onCaptured={(idea) => {
          if (captureShows(filters, idea.title)) select(idea.id);
        }}
      />
      {hiddenNote && filtered && (
        <p className={styles.hiddenNote}>
          {t('ideas.capture.addedHidden')}{' '}
          <Button size="small" variant="ghost" onClick={clearFilters}>
            {t('ideas.filters.clear')}
          </Button>
        </p>
      )}
      {!bankEmpty && (
        <div className={styles.filters}>
          <input
            ref={searchRef}
            type="search"
            className={`${inputs.input} ${styles.search}`}
            aria-label={t('ideas.filters.search')}
            aria-keyshortcuts="/"
            placeholder={t('ideas.filters.searchPlaceholder')}
            value={typed}
            onChange={(e) => {
              const next = e.target.value;
              setTyped(next);
              if (searchTimer.current) clearTimeout(searchTimer.current);
              searchTimer.current = setTimeout(() => setFilters({ search: next }), SEARCH_DELAY_MS);
            }}
          />
          <CheckMenu
            label={t('ideas.filters.status')}
            options={IDEA_STATUSES.map((s) => ({ value: s, label: t(`ideas.statuses.${s}`) }))}
            checked={filters.statuses}
            onChange={(v) => setFilters({ statuses: v as IdeaStatus[] })}
          />
          <CheckMenu
            label={t('ideas.filters.network')}
            options={NETWORK_IDS.map((n) => ({ value: n, label: networkName(t, n) }))}
            checked={filters.networks}
            onChange={(v) => setFilters({ networks: v as NetworkId[] })}
          />
          {scope === 'client' && pillars.length > 0 && (
            <CheckMenu
              label={t('ideas.filters.pillar')}
              options={pillars.map((p) => ({ value: p.id, label: p.name }))}
              checked={filters.pillarIds}
              onChange={(pillarIds) => setFilters({ pillarIds })}
            />
          )}
          {tags.length > 0 && (
            <CheckMenu
              label={t('ideas.filters.tag')}
              options={tags.map((tag) => ({ value: tag, label: `#${tag}` }))}
              checked={filters.tags}
              onChange={(v) => setFilters({ tags: v })}
            />
          )}
          <select
            className={`${inputs.select} ${styles.sort}`}
            aria-label={t('ideas.filters.sort')}
            value={filters.sort}
            onChange={(e) => setFilters({ sort: e.target.value as IdeaSort })}
          >
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`ideas.sorts.${s}`)}
              </option>
            ))}
          </select>
          {filtered && (
            <Button variant="ghost" size="small" onClick={clearFilters}>
              {t('ideas.filters.clear')}
            </Button>
          )}
        </div>
      )}
      {bankEmpty && (
        <EmptyState title={scope === 'client' ? t('ideas.empty.title') : t('ideas.empty.sharedTitle')}>
          <p>
            {scope === 'client'
              ? t('ideas.empty.body', { client: client.name })
              : t('ideas.empty.sharedBody')}
          </p>
          <p className={styles.emptyKeys}>{t('ideas.empty.capture', { shortcut: captureShortcut() })}</p>
          <p className={styles.emptyKeys}>{t('ideas.empty.plan')}</p>
        </EmptyState>
      )}
      {query.data && ideas.length === 0 && filtered && (
        <p className={styles.noMatch}>{t('ideas.list.noMatch')}</p>
      )}
      {ideas.length > 0 && (
        <IdeaList
          ideas={ideas}
          selectedId={view.selectedId}
          label={t('ideas.list.label')}
          markShared={scope === 'client'}
          pillars={pillarMap}
          today={today}
          actions={rowActions}
          describedBy={keysId}
        />
      )}
      {ideas.length > 0 && (
        <p id={keysId} className={styles.keys}>
          {t('ideas.list.keys')}
        </p>
      )}
    </div>
  );

  const editorPane = (
    <div className={styles.editorPane}>
      {selected ? (
        <IdeaEditor
          key={selected.id}
          idea={selected}
          clientId={client.id}
          clientName={client.name}
          pillars={pillars}
          segments={segments}
          experts={experts}
          knownTags={tags}
          titleRef={titleRef}
          flushRef={flushEditor}
          onPlan={() => rowActions.plan(selected)}
          onDelete={() => rowActions.remove(selected)}
          onMove={(clientId) =>
            actions.move(
              selected,
              clientId,
              clientId === null
                ? t('ideas.moved.shared', { title: selected.title })
                : t('ideas.moved.client', { title: selected.title, client: client.name }),
            )
          }
          onLeave={() => rowElement(selected.id)?.focus()}
          onAddExpert={() => onAddExpert(selected.id)}
        />
      ) : bankEmpty ? (
        <KeysCard />
      ) : (
        <div className={styles.noSelection}>
          <h2 className={styles.noSelectionTitle}>{t('ideas.editor.none')}</h2>
          <p>{t('ideas.editor.noneBody')}</p>
        </div>
      )}
    </div>
  );

  return (
    <>
      <SplitPanes
        orientation="horizontal"
        ids={SPLIT.ids}
        layout={savedPanes}
        fallback={SPLIT.fallback}
        limits={SPLIT.limits}
        onLayoutChanged={(layout) => setPrefs.mutate({ ideasPanes: layout })}
        label={t('ideas.resize')}
        className={styles.split}
        paneClassNames={[styles.pane, styles.pane]}
        first={listPane}
        second={editorPane}
      />
      {planning && <PlanDialog client={client} idea={planning} onClose={() => setPlanning(null)} />}
      {quick && <QuickCapture clientId={client.id} onClose={() => setQuick(false)} />}
    </>
  );
}
