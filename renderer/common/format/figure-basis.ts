import type { Language } from '../../../shared/domain/prefs.ts';
import type { VoiceFigures } from '../../../shared/domain/voice.ts';
import type { GrowthBasis, KpiId } from '../../../shared/kpi/catalogue.ts';
import { shareOfVoice } from '../../../shared/kpi/formulas.ts';
import { mentionsIn, type VoiceTotals } from '../../../shared/kpi/voice.ts';
import { formatLongDay, formatNumber } from '../../i18n/format.ts';
import type { TFunction } from '../../i18n/keys.ts';
import { formatKpi } from './format-kpi.ts';

// What a figure is counted from, said under it. `t` and `language` are passed, not the app's: a
// report says the same sentences as the dashboard, in its client's language.

/** "Compares 2,000 followers on 1 Mar with 2,150 on 31 Mar": the two counts a growth rate compares. */
export function growthBasisText(t: TFunction, basis: GrowthBasis, language: Language): string {
  return t('kpis.growthBasis', {
    from: formatNumber(basis.from.followers, language),
    fromOn: formatLongDay(basis.from.on, language),
    to: formatNumber(basis.to.followers, language),
    toOn: formatLongDay(basis.to.on, language),
  });
}

/**
 * The counts behind share of voice and sentiment: "12 mentions of the client, 30 of its
 * competitors", "8 positive, 3 neutral, 1 negative"; null for any other KPI.
 */
export function voiceBasisText(t: TFunction, id: KpiId, v: VoiceTotals, language: Language): string | null {
  const n = (x: number) => formatNumber(x, language);
  if (id === 'shareOfVoice')
    return t('kpis.voiceBasis.share', {
      count: mentionsIn(v.brand),
      brand: n(mentionsIn(v.brand)),
      competitors: n(v.competitors),
    });
  if (id === 'sentimentScore')
    return t('kpis.voiceBasis.sentiment', {
      positive: n(v.brand.positive),
      neutral: n(v.brand.neutral),
      negative: n(v.brand.negative),
    });
  return null;
}

/** The client's share of voice by engagements and the two counts behind it; null with nothing to share. */
export function engagementShareText(
  t: TFunction,
  engagements: VoiceFigures['engagements'],
  language: Language,
): string | null {
  if (engagements === null || engagements.brand === null) return null;
  const n = (x: number) => formatNumber(x, language);
  return t('kpis.voice.engagements', {
    share: formatKpi('shareOfVoice', shareOfVoice(engagements.brand, engagements.competitors), language, ''),
    brand: n(engagements.brand),
    competitors: n(Math.round(engagements.competitors)),
  });
}
