import type { Language } from '../../../shared/domain/prefs.ts';
import type { KpiId } from '../../../shared/kpi/catalogue.ts';
import { mentionsIn, type VoiceTotals } from '../../../shared/kpi/voice.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { TFunction } from '../../i18n/keys.ts';

/**
 * The counts behind share of voice and sentiment, said under their card: "12 mentions of the client,
 * 30 of its competitors", "8 positive, 3 neutral, 1 negative".
 */
export function voiceBasis(t: TFunction, id: KpiId, v: VoiceTotals, language: Language): string | null {
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
