import { type ReactNode, useId, useState } from 'react';
import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { isEmptyDashboard } from '../../../shared/kpi/dashboard-kpis.ts';
import type { EngagementBasis } from '../../../shared/kpi/formulas.ts';
import { hasListening } from '../../../shared/kpi/voice.ts';
import { useChannels } from '../../common/data/channel-queries.ts';
import { useDashboard, useSetEngagementBasis } from '../../common/data/kpi-queries.ts';
import { type PeriodChoice, rangeOf, rangeTitle } from '../../common/dates/kpi-period.ts';
import { hrefOf } from '../../common/hooks/route.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { ButtonLabel, buttonClass } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { pageStyles } from '../../ui/Page.tsx';
import { useNow } from '../../ui/use-now.ts';
import { ChannelTable } from './ChannelTable.tsx';
import { DashboardCharts } from './DashboardCharts.tsx';
import styles from './DashboardPage.module.css';
import { DashboardToolbar } from './DashboardToolbar.tsx';
import { Heatmap } from './Heatmap.tsx';
import { KpiCards } from './KpiCards.tsx';
import { RankedPosts } from './RankedPosts.tsx';
import { useDashboardView } from './use-dashboard-view.ts';
import { VoiceTable } from './VoiceTable.tsx';

/** The basis shown, saved as the client's default as soon as it is changed (and put back if that fails). */
function useEngagementBasis(client: Client): [EngagementBasis, (basis: EngagementBasis) => void] {
  const save = useSetEngagementBasis();
  const [chosen, setChosen] = useState<EngagementBasis | null>(null);
  const change = (basis: EngagementBasis) => {
    setChosen(basis);
    save.mutate({ id: client.id, engagementBasis: basis }, { onError: () => setChosen(null) });
  };
  return [chosen ?? client.engagementBasis, change];
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={pageStyles.sectionTitle}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A client's KPIs over a period compared with the one before: cards, charts, channels, posts, hours. */
export function DashboardPage({ client }: { client: Client }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const locale = dateLocale(language);
  const today = zonedToday(useNow(60_000), client.timeZone);
  const [view, setView] = useDashboardView(client.id, today);
  const choice: PeriodChoice = view;
  const setChoice = (next: PeriodChoice) => setView({ ...next, perPost: view.perPost });
  const [basis, setBasis] = useEngagementBasis(client);
  const range = rangeOf(choice);
  const query = useDashboard(range ? { clientId: client.id, ...range, basis } : null);
  // Archived channels count: their history still makes the figures of the periods they were live.
  const channels = useChannels(client.id).data;
  const dashboard = query.data;
  const numbers = hrefOf({ name: 'numbers', clientId: client.id });

  const quarter = (q: number, year: string) => t('kpis.period.quarterTitle', { quarter: q, year });
  const title = range ? rangeTitle(choice.kind, range.from, range.to, locale, quarter) : '';
  const comparedWith = range
    ? rangeTitle(choice.kind, range.previousFrom, range.from, locale, quarter)
    : null;

  if (channels?.length === 0)
    return (
      <EmptyState
        title={t('kpis.dashboard.noChannels.title')}
        action={
          <a className={buttonClass('primary')} href={hrefOf({ name: 'client', id: client.id })}>
            <ButtonLabel>{t('kpis.dashboard.noChannels.action')}</ButtonLabel>
          </a>
        }
      >
        {t('kpis.dashboard.noChannels.body')}
      </EmptyState>
    );

  const noFollowers =
    dashboard && dashboard.current.audience.end === null && dashboard.previous.audience.end === null;

  return (
    <div className={styles.page}>
      <DashboardToolbar
        choice={choice}
        onChoice={setChoice}
        today={today}
        title={title}
        comparedWith={comparedWith}
        basis={basis}
        onBasis={setBasis}
      />
      {range && !dashboard && <p className={styles.loading}>{t('kpis.dashboard.loading')}</p>}
      {range && dashboard && isEmptyDashboard(dashboard) && (
        <EmptyState
          title={t('kpis.dashboard.empty.title')}
          action={
            <a className={buttonClass('primary')} href={numbers}>
              <ButtonLabel>{t('kpis.dashboard.empty.action')}</ButtonLabel>
            </a>
          }
        >
          {t('kpis.dashboard.empty.body')}
        </EmptyState>
      )}
      {range && dashboard && !isEmptyDashboard(dashboard) && (
        <div className={styles.body} aria-busy={query.isPlaceholderData || undefined}>
          {noFollowers && (
            <p className={styles.note}>
              {t('kpis.dashboard.noFollowers')} <a href={numbers}>{t('kpis.dashboard.setFollowers')}</a>
            </p>
          )}
          <Section title={t('kpis.dashboard.cardsTitle')}>
            <KpiCards
              dashboard={dashboard}
              currency={client.currency}
              comparedWith={comparedWith ?? ''}
              perPost={view.perPost}
              onPerPost={(perPost) => setView({ ...view, perPost })}
            />
          </Section>
          {hasListening(dashboard.listening) && (
            <Section title={t('kpis.voice.title')}>
              <VoiceTable dashboard={dashboard} clientName={client.name} clientColor={client.color} />
            </Section>
          )}
          <Section title={t('kpis.charts.title')}>
            <DashboardCharts dashboard={dashboard} currency={client.currency} />
          </Section>
          <Section title={t('kpis.channels.title')}>
            <ChannelTable dashboard={dashboard} currency={client.currency} />
          </Section>
          <Section title={t('kpis.ranked.title')}>
            <RankedPosts dashboard={dashboard} />
          </Section>
          <Heatmap dashboard={dashboard} timeZone={client.timeZone} />
        </div>
      )}
    </div>
  );
}
