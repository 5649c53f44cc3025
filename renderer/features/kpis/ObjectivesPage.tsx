import { useMemo, useState } from 'react';
import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { Client } from '../../../shared/domain/client.ts';
import type { ObjectiveWithProgress } from '../../../shared/domain/objective-progress.ts';
import { useChannels } from '../../common/data/channel-queries.ts';
import { useObjectives } from '../../common/data/kpi-queries.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { pageStyles } from '../../ui/Page.tsx';
import { useNow } from '../../ui/use-now.ts';
import { ObjectiveCard } from './ObjectiveCard.tsx';
import { ObjectiveDialog } from './ObjectiveDialog.tsx';
import styles from './ObjectivesPage.module.css';
import { useObjectiveActions } from './use-objective-actions.ts';

type Editing = { objective?: ObjectiveWithProgress } | null;

/** Nearest deadline first: what needs attention now is on top. */
const byDeadline = (a: ObjectiveWithProgress, b: ObjectiveWithProgress) =>
  a.deadline.localeCompare(b.deadline) || a.title.localeCompare(b.title);

/** A client's SMART objectives and how each is doing, from the logged numbers. */
export function ObjectivesPage({ client }: { client: Client }) {
  const { t } = useTranslation();
  const objectives = useObjectives(client.id).data;
  const channels = useChannels(client.id).data ?? [];
  const actions = useObjectiveActions();
  const [editing, setEditing] = useState<Editing>(null);
  const today = zonedToday(useNow(60_000), client.timeZone);
  const sorted = useMemo(() => [...(objectives ?? [])].sort(byDeadline), [objectives]);
  const newButton = (
    <Button variant="primary" onClick={() => setEditing({})}>
      {t('kpis.objectives.new')}
    </Button>
  );

  return (
    <>
      {objectives && objectives.length === 0 && (
        <EmptyState title={t('kpis.objectives.empty.title')} action={newButton}>
          {t('kpis.objectives.empty.body')}
        </EmptyState>
      )}
      {objectives && objectives.length > 0 && (
        <>
          <div className={styles.top}>
            <p className={pageStyles.intro}>{t('kpis.objectives.intro')}</p>
            {newButton}
          </div>
          <ul className={styles.list}>
            {sorted.map((o) => (
              <ObjectiveCard
                key={o.id}
                objective={o}
                channel={channels.find((c) => c.id === o.channelId)}
                currency={client.currency}
                today={today}
                onEdit={() => setEditing({ objective: o })}
                onDelete={() => actions.delete(o)}
              />
            ))}
          </ul>
        </>
      )}
      {editing && (
        <ObjectiveDialog
          client={client}
          today={today}
          objective={editing.objective}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
