import type { Language } from '../../../../shared/domain/prefs.ts';
import type { KpiId } from '../../../../shared/kpi/catalogue.ts';
import type { KpiValue } from '../../../../shared/kpi/value.ts';
import { formatChange } from '../../../common/format/format-kpi.ts';
import type { TFunction } from '../../../i18n/keys.ts';

export interface ChangeWords {
  /** "▲ ", "▼ " or nothing: the direction at a glance, not read out. */
  arrow: string;
  /** "up 8% from September" / "en hausse de 8 % par rapport à septembre". */
  text: string;
  tone: 'good' | 'bad' | 'same';
  /** "better" or "worse": a rise is not always good news (a cost per click). */
  verdict: string | null;
}

const ARROWS = { up: '▲ ', down: '▼ ', same: '' } as const;

/**
 * A KPI's change from the previous period in words, around the very figure the dashboard's card
 * shows ("+8%", "−0.8 pt": rates change in points); null when there is nothing to compare with.
 */
export function changeWords(
  id: KpiId,
  current: KpiValue,
  previous: KpiValue,
  words: { t: TFunction; language: Language; compared: string },
): ChangeWords | null {
  const { t, language, compared } = words;
  const change = formatChange(id, current, previous, language);
  if (!change) return null;
  // formatChange writes the sign first: "+", "−", or "±" for a change that rounds to nothing.
  const sign = change.text[0];
  const amount = change.text.slice(1);
  const direction = sign === '+' ? 'up' : sign === '−' ? 'down' : 'same';
  const text =
    direction === 'same'
      ? t('reports.figures.same', { compared })
      : t(`reports.figures.${direction}`, { change: amount, compared });
  const tone = change.good === null ? 'same' : change.good ? 'good' : 'bad';
  const verdict = tone === 'same' ? null : t(`kpis.dashboard.change.${tone === 'good' ? 'better' : 'worse'}`);
  return { arrow: ARROWS[direction], text, tone, verdict };
}
