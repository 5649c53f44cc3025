import { format } from 'date-fns';
import type { Channel } from '../../../shared/domain/channel.ts';
import type { ObjectiveWithProgress } from '../../../shared/domain/objective-progress.ts';
import { KPI_INFO } from '../../../shared/kpi/catalogue.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { objectiveFigure } from '../../common/format/objective-values.ts';
import { ObjectiveSummary } from '../../common/widgets/ObjectiveSummary.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import styles from './ObjectivesPage.module.css';
import { Sparkline } from './Sparkline.tsx';

export interface ObjectiveCardProps {
  objective: ObjectiveWithProgress;
  channel: Channel | undefined;
  currency: string;
  today: string;
  onEdit: () => void;
  onDelete: () => void;
}

/** An objective on its screen: its summary, the weeks' values drawn beside, and Edit and Delete. */
export function ObjectiveCard({
  objective: o,
  channel,
  currency,
  today,
  onEdit,
  onDelete,
}: ObjectiveCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const locale = dateLocale(language);
  const show = objectiveFigure(o, KPI_INFO[o.kpi].unit, language, currency);
  const first = o.series[0];
  const last = o.series.at(-1);
  const short = (d: string) => format(noonOf(d), 'd MMM', { locale });
  return (
    <ObjectiveSummary
      objective={o}
      channel={channel}
      currency={currency}
      today={today}
      words={{ t, language, locale }}
      classes={styles}
      heading="h2"
      measure
      actions={
        <div className={styles.actions}>
          <Button size="small" variant="ghost" onClick={onEdit} aria-label={`${t('common.edit')} ${o.title}`}>
            {t('common.edit')}
          </Button>
          <Button
            size="small"
            variant="dangerGhost"
            onClick={onDelete}
            aria-label={`${t('common.delete')} ${o.title}`}
          >
            {t('common.delete')}
          </Button>
        </div>
      }
      aside={
        <Sparkline
          points={o.series}
          target={o.target}
          label={
            first && last
              ? t('kpis.objectives.sparkline', {
                  first: show(first.value),
                  firstDate: short(first.date),
                  last: show(last.value),
                  lastDate: short(last.date),
                })
              : t('kpis.objectives.sparklineEmpty')
          }
        />
      }
    />
  );
}
