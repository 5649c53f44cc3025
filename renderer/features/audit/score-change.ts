import type { Language } from '../../../shared/domain/prefs.ts';

/** A score's move from one audit to a later one: up is better (1 poor … 5 strong). */
export interface ScoreChange {
  delta: number;
  tone: 'good' | 'bad' | 'same';
}

/** The change from `before` to `after`; null when either was not scored. */
export function scoreChange(after: number | null, before: number | null): ScoreChange | null {
  if (after === null || before === null) return null;
  const delta = after - before;
  return { delta, tone: delta > 0 ? 'good' : delta < 0 ? 'bad' : 'same' };
}

/** "+2", "−1" (a true minus sign), "±0". */
export function formatDelta(delta: number, language: Language): string {
  const n = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(Math.abs(delta));
  return delta > 0 ? `+${n}` : delta < 0 ? `\u2212${n}` : `±${n}`;
}

/**
 * For a list of audits newest first, each audit's scores against the audit just before it (the next
 * one down the list): the table's small "+1" under each score. The oldest has nothing to compare with.
 */
export function changesFromBefore(scoresNewestFirst: readonly (readonly (number | null)[])[]) {
  return scoresNewestFirst.map((scores, i) => {
    const before = scoresNewestFirst[i + 1];
    return scores.map((score, q) => (before ? scoreChange(score, before[q] ?? null) : null));
  });
}

/** The mean of the scores given, to one decimal; null when none is. */
export function meanScore(scores: readonly (number | null)[]): number | null {
  const given = scores.filter((s): s is number => s !== null);
  if (given.length === 0) return null;
  return Math.round((given.reduce((a, b) => a + b, 0) / given.length) * 10) / 10;
}
