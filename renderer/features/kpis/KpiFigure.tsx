import type { KpiId } from '../../../shared/kpi/catalogue.ts';
import type { KpiValue } from '../../../shared/kpi/value.ts';
import { formatKpi, kpiMissing } from '../../common/format/format-kpi.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';

/** A KPI in a table cell: its value, or "—" whose reason is a tooltip and is read out. */
export function KpiFigure({ id, value, currency }: { id: KpiId; value: KpiValue; currency: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const why = kpiMissing(t, value);
  if (!why) return formatKpi(id, value, language, currency);
  return (
    <span title={why}>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{why}</span>
    </span>
  );
}
