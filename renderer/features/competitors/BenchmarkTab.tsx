import { useState } from 'react';
import type { IsoDate } from '../../../shared/calendar/dates.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { benchmarkByNetwork } from '../../../shared/listening/benchmark-values.ts';
import { useBenchmark } from '../../common/data/listening-queries.ts';
import {
  type CalendarKind,
  calendarRange,
  type PeriodChoice,
  rangeTitle,
  stepPeriod,
  withKind,
} from '../../common/dates/kpi-period.ts';
import { PeriodNav } from '../../common/widgets/PeriodNav.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import styles from './Benchmark.module.css';
import { NetworkSection } from './NetworkSection.tsx';

const KINDS: readonly CalendarKind[] = ['week', 'month', 'quarter'];

/** The period each client's benchmark was left on, for this session: back on the tab, it is still there. */
const periods = new Map<string, PeriodChoice>();

export interface BenchmarkTabProps {
  client: Client;
  today: IsoDate;
  onReadings: () => void;
  onAddAccounts: () => void;
}

/**
 * The client's own accounts beside its competitors' on each network, over a week, a month or a
 * quarter compared with the one before: a table, bars, and where the client ranks.
 */
export function BenchmarkTab({ client, today, onReadings, onAddAccounts }: BenchmarkTabProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const locale = dateLocale(language);
  const [choice, setChoiceState] = useState<PeriodChoice>(
    () => periods.get(client.id) ?? { kind: 'month', anchor: today, start: today, end: today },
  );
  const setChoice = (next: PeriodChoice) => {
    periods.set(client.id, next);
    setChoiceState(next);
  };
  const kind = (choice.kind === 'custom' ? 'month' : choice.kind) as CalendarKind;
  const range = calendarRange(kind, choice.anchor);
  // Compared with the calendar period before, as the dashboard compares: November for December.
  const query = useBenchmark({
    clientId: client.id,
    from: range.from,
    to: range.to,
    previousFrom: range.previousFrom,
  });
  const quarter = (q: number, year: string) => t('kpis.period.quarterTitle', { quarter: q, year });
  const title = rangeTitle(kind, range.from, range.to, locale, quarter);
  const comparedWith = rangeTitle(kind, range.previousFrom, range.from, locale, quarter);
  const running = range.from <= today && today < range.to;
  const next = stepPeriod(choice, 1);
  const canGoNext = calendarRange(kind, next.anchor).from <= today;

  const benchmark = query.data;
  const networks = benchmark
    ? benchmarkByNetwork(benchmark, today).filter((n) => n.competitorIds.length > 0)
    : null;
  // Every competitor account without a single figure: nothing was read in this period.
  const noReadings =
    networks?.every((n) =>
      n.rows.filter((r) => !r.isClient).every((r) => Object.values(r.current).every((v) => v.value === null)),
    ) ?? false;

  return (
    <div className={styles.tab}>
      <div className={styles.toolbar}>
        <PeriodNav
          kinds={KINDS}
          kind={kind}
          onKind={(k) => setChoice(withKind(choice, k))}
          onPrevious={() => setChoice(stepPeriod(choice, -1))}
          onNext={canGoNext ? () => setChoice(next) : undefined}
          title={title}
          comparedWith={comparedWith}
        />
        {!running && (
          <Button onClick={() => setChoice({ ...choice, anchor: today })}>
            {t(`competitors.benchmark.current.${kind}`)}
          </Button>
        )}
      </div>
      {!benchmark && <p className={styles.loading}>{t('competitors.benchmark.loading')}</p>}
      {networks && networks.length === 0 && (
        <EmptyState
          title={t('competitors.benchmark.noAccounts.title')}
          action={<Button onClick={onAddAccounts}>{t('competitors.benchmark.noAccounts.action')}</Button>}
        >
          <p>{t('competitors.benchmark.noAccounts.body')}</p>
        </EmptyState>
      )}
      {benchmark && networks && networks.length > 0 && (
        <div className={styles.body} aria-busy={query.isPlaceholderData || undefined}>
          {noReadings && (
            <p className={styles.note}>
              {t('competitors.benchmark.noReadings')}{' '}
              <button type="button" className={styles.linkButton} onClick={onReadings}>
                {t('competitors.benchmark.toReadings')}
              </button>
            </p>
          )}
          {networks.map((network) => (
            <NetworkSection
              key={network.network}
              network={network}
              benchmark={benchmark}
              kind={kind}
              running={running}
              period={title}
              comparedWith={comparedWith}
            />
          ))}
          <p className={styles.footnote}>{t('competitors.benchmark.footnote')}</p>
        </div>
      )}
    </div>
  );
}
