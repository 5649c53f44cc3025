import { useMemo, useState } from 'react';
import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { Client } from '../../../shared/domain/client.ts';
import type { Metric, MetricsGridQuery } from '../../../shared/domain/metrics.ts';
import { keys } from '../../api/keys.ts';
import { usePrefs, useSetPrefs } from '../../api/prefs.ts';
import { useChannels } from '../../common/data/channel-queries.ts';
import { rangeTitle } from '../../common/dates/kpi-period.ts';
import { useShowingPeriod } from '../../common/hooks/period-in-view.ts';
import { hrefOf } from '../../common/hooks/route.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { ButtonLabel, buttonClass } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { useNow } from '../../ui/use-now.ts';
import { FollowersDialog } from './FollowersDialog.tsx';
import { MetricsGrid } from './MetricsGrid.tsx';
import importStyles from './NumbersImport.module.css';
import { NumbersImportDialog } from './NumbersImportDialog.tsx';
import styles from './NumbersPage.module.css';
import { NumbersToolbar } from './NumbersToolbar.tsx';
import { periodAround, periodCovering, stepPeriod } from './numbers-period.ts';
import { useMetricsGrid } from './queries.ts';
import { useFileDrop } from './use-file-drop.ts';

/**
 * The Numbers screen: a period's published posts in a spreadsheet to type or paste their numbers
 * into, dated with the day they were read, and the weekly follower count of every channel.
 */
export function NumbersPage({ client }: { client: Client }) {
  const { t } = useTranslation();
  const locale = dateLocale(useLanguage());
  // Read each minute: an app left open overnight dates the numbers typed in the morning with the new day.
  const today = zonedToday(useNow(60_000), client.timeZone);
  const [period, setPeriod] = useState(() => periodAround('week', today));
  useShowingPeriod(client.id, { kind: period.mode, anchor: period.from });
  // Null follows today; a day picked in the past stays picked.
  const [asOf, setAsOf] = useState<string | null>(null);
  const on = asOf ?? today;
  const [channelIds, setChannelIds] = useState<string[]>([]);
  const [followersOpen, setFollowersOpen] = useState(false);
  // The import dialog, opened by its button (no file yet) or by a file dropped on the screen.
  // Numbered, so a second file dropped while the dialog is open starts it afresh with that file.
  const [importing, setImporting] = useState<{ file: File | null; n: number } | null>(null);
  const drop = useFileDrop((file) => setImporting((was) => ({ file, n: (was?.n ?? 0) + 1 })));
  const channels = useChannels(client.id).data ?? [];
  const prefs = usePrefs().data;
  const setPrefs = useSetPrefs();
  const hiddenList = prefs?.metricsHidden[client.id];
  const hidden = useMemo(() => new Set<Metric>(hiddenList ?? []), [hiddenList]);
  const setHidden = (metrics: Metric[]) =>
    setPrefs.mutate({ metricsHidden: { ...prefs?.metricsHidden, [client.id]: metrics } });
  const input: MetricsGridQuery = {
    clientId: client.id,
    from: period.from,
    to: period.to,
    on,
    ...(channelIds.length > 0 ? { channelIds } : {}),
  };
  const grid = useMetricsGrid(input);
  const rows = grid.data;
  const label = rangeTitle(period.mode, period.from, period.to, locale, (quarter, year) =>
    t('kpis.period.quarterTitle', { quarter, year }),
  );

  return (
    <div className={drop.over ? `${styles.page} ${importStyles.dropping}` : styles.page} {...drop.handlers}>
      <NumbersToolbar
        period={period}
        title={label}
        onStep={(delta) => setPeriod((p) => stepPeriod(p, delta))}
        onCurrent={() => setPeriod((p) => periodAround(p.mode, today))}
        onMode={(mode) => setPeriod((p) => periodAround(mode, p.from))}
        channels={channels}
        channelIds={channelIds}
        onChannels={setChannelIds}
        on={on}
        today={today}
        onAsOf={(day) => setAsOf(day === today ? null : day)}
        onFollowers={() => setFollowersOpen(true)}
        onImport={() => setImporting((was) => ({ file: null, n: (was?.n ?? 0) + 1 }))}
        hidden={hidden}
        onHidden={setHidden}
        currency={client.currency}
      />
      {rows && rows.length === 0 && (
        <EmptyState
          title={t('metrics.empty.title')}
          action={
            <a className={buttonClass('primary')} href={hrefOf({ name: 'calendar', clientId: client.id })}>
              <ButtonLabel>{t('metrics.empty.action')}</ButtonLabel>
            </a>
          }
        >
          <p>{t(channelIds.length > 0 ? 'metrics.empty.filtered' : 'metrics.empty.body')}</p>
        </EmptyState>
      )}
      {rows && rows.length > 0 && (
        <MetricsGrid
          client={client}
          rows={rows}
          on={on}
          queryKey={keys.metricsGrid(input)}
          label={t('metrics.grid.label', { period: label })}
          hidden={hidden}
        />
      )}
      {importing && (
        <NumbersImportDialog
          key={importing.n}
          client={client}
          today={today}
          file={importing.file}
          onClose={() => setImporting(null)}
          onImported={(days) => setPeriod(periodCovering(days.from, days.to))}
        />
      )}
      {followersOpen && (
        <FollowersDialog
          client={client}
          channels={channels.filter((c) => !c.archived)}
          today={today}
          onClose={() => setFollowersOpen(false)}
        />
      )}
    </div>
  );
}
