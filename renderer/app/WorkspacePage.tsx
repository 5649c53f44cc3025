import { useRef, useState } from 'react';
import { Group, Panel, Separator, usePanelRef } from 'react-resizable-panels';
import type { Client } from '../../shared/domain/client.ts';
import { CalendarPage } from '../features/calendar/CalendarPage.tsx';
import { SegmentNotes } from '../features/workspace/SegmentNotes.tsx';
import { SideStrip } from '../features/workspace/SideStrip.tsx';
import { SIDE_STRIP, usePaneLayout } from '../features/workspace/use-pane-layout.ts';
import { useWorkspaceWeek } from '../features/workspace/use-workspace-week.ts';
import { WeekSummary } from '../features/workspace/WeekSummary.tsx';
import styles from '../features/workspace/Workspace.module.css';
import { useTranslation } from '../i18n/context.tsx';

/**
 * The home screen: what is planned this week, how this week and last week did, and who this
 * week's posts are for — side by side, in panes the user sizes once. On a small screen the side
 * panes fold to a strip (and back), by button or keyboard, to give the week its full width.
 */
export function WorkspacePage({ client }: { client: Client }) {
  const { t } = useTranslation();
  const main = usePaneLayout('main');
  const side = usePaneLayout('side');
  const week = useWorkspaceWeek(client);
  const sidePanel = usePanelRef();
  const [folded, setFolded] = useState(false);
  // A fold or unfold from the buttons is the user's choice too: remembered like a drag.
  const toggled = useRef(false);
  const fold = (to: boolean) => {
    toggled.current = true;
    if (to) sidePanel.current?.collapse();
    else sidePanel.current?.expand();
  };
  return (
    <Group
      className={styles.group}
      orientation="horizontal"
      defaultLayout={main.defaultLayout}
      onLayoutChanged={(layout, meta) => {
        if (meta.isUserInteraction || toggled.current) main.save(layout);
        toggled.current = false;
      }}
    >
      <Panel id="calendar" minSize="35" className={styles.pane}>
        <CalendarPage client={client} weekOnly />
      </Panel>
      <Separator className={styles.separatorV} aria-label={t('workspace.resizeSide')} />
      <Panel
        id="side"
        panelRef={sidePanel}
        minSize="22"
        collapsible
        collapsedSize={SIDE_STRIP}
        className={styles.pane}
        onResize={() => setFolded(sidePanel.current?.isCollapsed() ?? false)}
      >
        {folded ? (
          <SideStrip onUnfold={() => fold(false)} />
        ) : (
          <Group
            className={styles.group}
            orientation="vertical"
            defaultLayout={side.defaultLayout}
            onLayoutChanged={(layout, meta) => meta.isUserInteraction && side.save(layout)}
          >
            <Panel id="summary" minSize="15" className={styles.scroll}>
              <WeekSummary client={client} week={week} onFold={() => fold(true)} />
            </Panel>
            <Separator className={styles.separatorH} aria-label={t('workspace.resizeNotes')} />
            <Panel id="notes" minSize="15" className={styles.scroll}>
              <SegmentNotes client={client} week={week} />
            </Panel>
          </Group>
        )}
      </Panel>
    </Group>
  );
}
