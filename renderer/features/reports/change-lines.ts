import { format, type Locale } from 'date-fns';
import type { Language } from '../../../shared/domain/prefs.ts';
import type { ReportChange, ReportFigures } from '../../../shared/domain/report.ts';
import { ENGAGEMENT_KPI, KPI_INFO, KPIS, type KpiId, type KpiUnit } from '../../../shared/kpi/catalogue.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { formatUnit } from '../../common/format/format-kpi.ts';
import type { TFunction } from '../../i18n/keys.ts';

/** A changed figure in words: which one, what the report says, what the data says today. */
export interface ChangeLine {
  key: string;
  what: string;
  before: string;
  now: string;
}

const isKpi = (id: string | undefined): id is KpiId => (KPIS as readonly string[]).includes(id ?? '');

/**
 * The figures that changed since a report was made, as the user reads them in the app's language:
 * "Reach", "Reach on @studio.yoga", "Engagement rate (by reach) of the post of 12 October",
 * "Objective “Grow the community”", each with its value then and now in its unit. A key this
 * version does not know is left out rather than shown raw.
 */
export function changeLines(
  changes: readonly ReportChange[],
  figures: ReportFigures,
  words: { t: TFunction; language: Language; locale: Locale },
): ChangeLine[] {
  const { t, language, locale } = words;
  const currency = figures.client.currency;
  const value = (v: number | null, unit: KpiUnit) =>
    v === null ? '—' : formatUnit(v, unit, language, currency);
  const handle = new Map(figures.channels.map((c) => [c.id, c.handle]));
  const posts = new Map([...figures.dashboard.top, ...figures.dashboard.bottom].map((p) => [p.postId, p]));
  const objectives = new Map(figures.objectives.map((o) => [o.id, o]));
  const lines: ChangeLine[] = [];
  const add = (change: ReportChange, what: string, unit: KpiUnit) =>
    lines.push({ key: change.key, what, before: value(change.before, unit), now: value(change.now, unit) });

  for (const change of changes) {
    const [kind, id, kpi] = change.key.split(':');
    if (kind === 'kpi' && isKpi(id)) add(change, t(`kpis.names.${id}`), KPI_INFO[id].unit);
    else if (kind === 'channel' && id && isKpi(kpi))
      add(
        change,
        t('reportScreen.changes.onChannel', {
          figure: t(`kpis.names.${kpi}`),
          channel: handle.get(id) ?? '',
        }),
        KPI_INFO[kpi].unit,
      );
    else if (kind === 'post' && id) {
      const post = posts.get(id);
      if (post)
        add(
          change,
          t('reportScreen.changes.post', {
            figure: t(`kpis.names.${ENGAGEMENT_KPI[figures.basis]}`),
            date: format(noonOf(post.date), 'd MMMM', { locale }),
          }),
          'percent',
        );
    } else if (kind === 'objective' && id) {
      const objective = objectives.get(id);
      if (objective)
        add(
          change,
          t('reportScreen.changes.objective', { title: objective.title }),
          KPI_INFO[objective.kpi].unit,
        );
    }
  }
  return lines;
}
