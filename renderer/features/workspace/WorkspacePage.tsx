import { useTranslation } from 'react-i18next';
import { Group, Panel, Separator } from 'react-resizable-panels';
import type { Client } from '../../../shared/domain/client.ts';
import { CalendarPage } from '../calendar/CalendarPage.tsx';
import { SegmentNotes } from './SegmentNotes.tsx';
import { usePaneLayout } from './use-pane-layout.ts';
import { useWorkspaceWeek } from './use-workspace-week.ts';
import { WeekSummary } from './WeekSummary.tsx';
import styles from './Workspace.module.css';

/**
 * The home screen: what is planned this week, how this week and last week did, and who this
 * week's posts are for — side by side, in panes the user sizes once.
 */
export function WorkspacePage({ client }: { client: Client }) {
  const { t } = useTranslation();
  const main = usePaneLayout('main');
  const side = usePaneLayout('side');
  const week = useWorkspaceWeek(client);
  return (
    <Group
      className={styles.group}
      orientation="horizontal"
      defaultLayout={main.defaultLayout}
      onLayoutChanged={(layout, meta) => meta.isUserInteraction && main.save(layout)}
    >
      <Panel id="calendar" minSize="35" className={styles.pane}>
        <CalendarPage client={client} weekOnly />
      </Panel>
      <Separator className={styles.separatorV} aria-label={t('workspace.resizeSide')} />
      <Panel id="side" minSize="20" className={styles.pane}>
        <Group
          className={styles.group}
          orientation="vertical"
          defaultLayout={side.defaultLayout}
          onLayoutChanged={(layout, meta) => meta.isUserInteraction && side.save(layout)}
        >
          <Panel id="summary" minSize="15" className={styles.scroll}>
            <WeekSummary client={client} week={week} />
          </Panel>
          <Separator className={styles.separatorH} aria-label={t('workspace.resizeNotes')} />
          <Panel id="notes" minSize="15" className={styles.scroll}>
            <SegmentNotes client={client} week={week} />
          </Panel>
        </Group>
      </Panel>
    </Group>
  );
}
