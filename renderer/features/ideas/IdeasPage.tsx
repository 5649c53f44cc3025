import { Tabs } from 'radix-ui';
import { useCallback, useEffect, useState } from 'react';
import type { Client } from '../../../shared/domain/client.ts';
import type { Idea } from '../../../shared/domain/idea.ts';
import { useExperts, useTrends, useUpdateIdea } from '../../common/data/idea-queries.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { ExpertsPane } from './ExpertsPane.tsx';
import styles from './IdeasPage.module.css';
import { FIRST_VIEW, IdeasTab, type IdeasView } from './IdeasTab.tsx';
import { onOpenRequest, takeOpenRequest } from './open-request.ts';
import { TrendsPane } from './TrendsPane.tsx';

const TABS = ['ideas', 'trends', 'experts'] as const;
type Tab = (typeof TABS)[number];

/** Per client, for this session: the tab and the list as they were left. */
const tabs = new Map<string, Tab>();
const views = new Map<string, IdeasView>();

/**
 * The client's ideas bank: what to post about one day, captured in a line and planned in a key;
 * beside it, the trends of the moment and the experts ideas come from.
 */
export function IdeasPage({ client }: { client: Client }) {
  const { t } = useTranslation();
  const [tab, setTabState] = useState<Tab>(() => tabs.get(client.id) ?? 'ideas');
  const [view, setViewState] = useState<IdeasView>(() => views.get(client.id) ?? FIRST_VIEW);
  const [addingExpert, setAddingExpert] = useState(false);
  // The idea whose editor asked for a new expert: it takes the expert, and the screen goes back to it.
  const [expertFor, setExpertFor] = useState<string | null>(null);
  const update = useUpdateIdea();
  const experts = useExperts().data;
  const trends = useTrends(client.id).data;

  const setTab = useCallback(
    (next: Tab) => {
      tabs.set(client.id, next);
      setTabState(next);
    },
    [client.id],
  );
  const onView = useCallback(
    (change: (view: IdeasView) => IdeasView) =>
      setViewState((v) => {
        const next = change(v);
        views.set(client.id, next);
        return next;
      }),
    [client.id],
  );

  /** Shows one idea in the list, in its bank, the filters cleared if they hid it. */
  const openIdea = useCallback(
    (idea: Pick<Idea, 'id' | 'clientId'>) => {
      setTab('ideas');
      onView((v) => ({
        scope: idea.clientId === null && v.scope === 'shared' ? 'shared' : 'client',
        filters: { ...FIRST_VIEW.filters, sort: v.filters.sort },
        selectedId: idea.id,
      }));
    },
    [setTab, onView],
  );

  // "Open ideas" from a capture made elsewhere (or here, while the screen is open).
  useEffect(() => {
    const take = () => {
      const request = takeOpenRequest(client.id);
      if (!request) return;
      setTab('ideas');
      onView((v) => ({
        scope: request.scope,
        filters: { ...FIRST_VIEW.filters, sort: v.filters.sort },
        selectedId: request.ideaId,
      }));
    };
    take();
    return onOpenRequest(take);
  }, [client.id, setTab, onView]);

  const counts: Record<Tab, number | undefined> = {
    ideas: undefined,
    trends: trends?.length,
    experts: experts?.length,
  };

  return (
    <Tabs.Root value={tab} onValueChange={(v) => setTab(v as Tab)} className={styles.page}>
      <Tabs.List className={styles.tabs} aria-label={t('ideas.tabs.label')}>
        {TABS.map((id) => (
          <Tabs.Trigger
            key={id}
            value={id}
            className={styles.tab}
            // A click only switches tabs; the focus ring stays for the keyboard (Tab, then arrows).
            onMouseDown={(e) => {
              if (e.button === 0 && !e.ctrlKey) e.preventDefault();
            }}
            onClick={() => setTab(id)}
          >
            {t(`ideas.tabs.${id}`)}
            {(counts[id] ?? 0) > 0 && <span className={styles.tabCount}>{counts[id]}</span>}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      <Tabs.Content value="ideas" className={styles.panel} forceMount hidden={tab !== 'ideas'}>
        <IdeasTab
          client={client}
          view={view}
          onView={onView}
          active={tab === 'ideas'}
          onAddExpert={(ideaId) => {
            setExpertFor(ideaId);
            setAddingExpert(true);
            setTab('experts');
          }}
        />
      </Tabs.Content>
      <Tabs.Content value="trends" className={styles.panel}>
        <TrendsPane client={client} onOpenIdea={openIdea} />
      </Tabs.Content>
      <Tabs.Content value="experts" className={styles.panel}>
        <ExpertsPane
          adding={addingExpert}
          onAddingChange={setAddingExpert}
          onCreated={(expert) => {
            if (expertFor === null) return;
            setExpertFor(null);
            if (expert) update.mutate({ id: expertFor, expertId: expert.id });
            setTab('ideas');
          }}
        />
      </Tabs.Content>
    </Tabs.Root>
  );
}
