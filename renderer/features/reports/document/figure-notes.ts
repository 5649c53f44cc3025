import type { Language } from '../../../../shared/domain/prefs.ts';
import type { GrowthBasis, KpiId } from '../../../../shared/kpi/catalogue.ts';
import { mentionsIn, type VoiceTotals } from '../../../../shared/kpi/voice.ts';
import { formatLongDay, formatNumber } from '../../../i18n/format.ts';
import type { TFunction } from '../../../i18n/keys.ts';

/**
 * What a figure is counted from, said under it as the dashboard's cards say it (the same keys):
 * the two follower counts a growth compares, the mentions behind share of voice and sentiment.
 */
export function growthNote(t: TFunction, basis: GrowthBasis, language: Language): string {
  return t('kpis.growthBasis', {
    from: formatNumber(basis.from.followers, language),
    fromOn: formatLongDay(basis.from.on, language),
    to: formatNumber(basis.to.followers, language),
    toOn: formatLongDay(basis.to.on, language),
  });
}

export function voiceNote(t: TFunction, id: KpiId, v: VoiceTotals, language: Language): string | null {
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
