import { Tabs } from 'radix-ui';
import { useState } from 'react';
import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { Client } from '../../../shared/domain/client.ts';
import type { Competitor } from '../../../shared/domain/competitor.ts';
import { useCompetitors } from '../../common/data/listening-queries.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { useNow } from '../../ui/use-now.ts';
import { BenchmarkTab } from './BenchmarkTab.tsx';
import { CompetitorDialog } from './CompetitorDialog.tsx';
import { CompetitorList } from './CompetitorList.tsx';
import styles from './CompetitorsPage.module.css';
import { freeColor } from './competitor-values.ts';
import { ReadingsTab } from './ReadingsTab.tsx';

const TABS = ['list', 'readings', 'benchmark'] as const;
type Tab = (typeof TABS)[number];

/** The tab each client's screen was left on, for this session. */
const tabs = new Map<string, Tab>();

/** Who is editing what: a new competitor, or one of the list. */
type Editing = { competitor?: Competitor } | null;

/**
 * Competitor watch for a client: who its competitors are and where they post, what their accounts
 * showed on a day, and how the client compares on each network.
 */
export function CompetitorsPage({ client }: { client: Client }) {
  const { t } = useTranslation();
  const today = zonedToday(useNow(60_000), client.timeZone);
  // Archived ones too: the toggle shows them, and their tags are still suggestions.
  const all = useCompetitors(client.id, true).data;
  const [tab, setTabState] = useState<Tab>(() => tabs.get(client.id) ?? 'list');
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const setTab = (next: Tab) => {
    tabs.set(client.id, next);
    setTabState(next);
  };

  const live = all?.filter((c) => !c.archived) ?? [];
  const archivedCount = (all?.length ?? 0) - live.length;
  const knownTags = [...new Set(all?.flatMap((c) => c.tags) ?? [])].sort((a, b) => a.localeCompare(b));
  const defaultColor = freeColor([client.color, ...(all ?? []).map((c) => c.color)]);
  const newCompetitor = () => setEditing({});
  const toList = () => setTab('list');

  const dialog = editing && (
    <CompetitorDialog
      clientId={client.id}
      competitor={editing.competitor}
      defaultColor={defaultColor}
      knownTags={knownTags}
      onClose={() => setEditing(null)}
    />
  );

  if (all && all.length === 0)
    return (
      <>
        <EmptyState
          title={t('competitors.empty.title')}
          action={
            <Button variant="primary" onClick={newCompetitor}>
              {t('competitors.new')}
            </Button>
          }
        >
          <p>{t('competitors.empty.body')}</p>
          <ul className={styles.reasons}>
            <li>{t('competitors.empty.who')}</li>
            <li>{t('competitors.empty.numbers')}</li>
            <li>{t('competitors.empty.compare')}</li>
          </ul>
        </EmptyState>
        {dialog}
      </>
    );
  if (!all) return null;

  return (
    <>
      <Tabs.Root value={tab} onValueChange={(v) => setTab(v as Tab)} className={styles.page}>
        <Tabs.List className={styles.tabs} aria-label={t('competitors.tabs.label')}>
          {TABS.map((id) => (
            <Tabs.Trigger
              key={id}
              value={id}
              className={styles.tab}
              // Radix focuses a tab on mouse down, which Chromium then rings as a keyboard focus: a click
              // only switches tabs here, and the ring stays for the keyboard (Tab, then arrows).
              onMouseDown={(e) => {
                if (e.button === 0 && !e.ctrlKey) e.preventDefault();
              }}
              onClick={() => setTab(id)}
            >
              {t(`competitors.tabs.${id}`)}
              {id === 'list' && <span className={styles.count}>{live.length}</span>}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value="list" className={styles.panel}>
          <CompetitorList
            competitors={showArchived ? all : live}
            showArchived={showArchived}
            onShowArchived={setShowArchived}
            archivedCount={archivedCount}
            onNew={newCompetitor}
            onEdit={(competitor) => setEditing({ competitor })}
          />
        </Tabs.Content>
        <Tabs.Content value="readings" className={styles.panel}>
          <ReadingsTab clientId={client.id} today={today} onAddAccounts={toList} />
        </Tabs.Content>
        <Tabs.Content value="benchmark" className={styles.panel}>
          <BenchmarkTab
            client={client}
            today={today}
            onReadings={() => setTab('readings')}
            onAddAccounts={toList}
          />
        </Tabs.Content>
      </Tabs.Root>
      {dialog}
    </>
  );
}
