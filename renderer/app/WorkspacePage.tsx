import { useState } from 'react';
import type { Client } from '../../shared/domain/client.ts';
import { CalendarPage } from '../features/calendar/CalendarPage.tsx';
import { SegmentNotes } from '../features/workspace/SegmentNotes.tsx';
import { SideStrip } from '../features/workspace/SideStrip.tsx';
import { SIDE_STRIP, SPLITS, usePaneLayout } from '../features/workspace/use-pane-layout.ts';
import { useWorkspaceWeek } from '../features/workspace/use-workspace-week.ts';
import { WeekSummary } from '../features/workspace/WeekSummary.tsx';
import styles from '../features/workspace/Workspace.module.css';
import { useTranslation } from '../i18n/context.tsx';
import { SplitPanes } from '../ui/SplitPanes.tsx';
import { stateOf } from '../ui/split-sizes.ts';

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
  const [folded, setFolded] = useState(
    () => stateOf(main.layout, SPLITS.main.ids, SPLITS.main.limits, SPLITS.main.fallback).folded,
  );
  return (
    <SplitPanes
      orientation="horizontal"
      {...SPLITS.main}
      layout={main.layout}
      folded={folded}
      onFoldedChange={setFolded}
      foldedSize={SIDE_STRIP}
      onLayoutChanged={main.save}
      label={t('workspace.resizeSide')}
      paneClassNames={[styles.pane, styles.pane]}
      first={<CalendarPage client={client} weekOnly />}
      second={
        folded ? (
          <SideStrip onUnfold={() => setFolded(false)} />
        ) : (
          <SplitPanes
            orientation="vertical"
            {...SPLITS.side}
            layout={side.layout}
            onLayoutChanged={side.save}
            label={t('workspace.resizeNotes')}
            paneClassNames={[styles.scroll, styles.scroll]}
            first={<WeekSummary client={client} week={week} onFold={() => setFolded(true)} />}
            second={<SegmentNotes client={client} week={week} />}
          />
        )
      }
    />
  );
}
