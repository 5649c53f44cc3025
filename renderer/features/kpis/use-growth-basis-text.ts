import type { GrowthBasis } from '../../../shared/kpi/catalogue.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { formatLongDay, formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';

/** "Compares 2,000 followers on 1 Mar with 2,150 on 31 Mar": the two counts a growth rate compares. */
export function useGrowthBasisText(): (basis: GrowthBasis) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  const day = (d: string) => formatLongDay(d, language);
  return (basis) =>
    t('kpis.growthBasis', {
      from: formatNumber(basis.from.followers, language),
      fromOn: day(basis.from.on),
      to: formatNumber(basis.to.followers, language),
      toOn: day(basis.to.on),
    });
}
