/** A least-squares line through dated values: `y = intercept + slope × day`. */
export interface Trend {
  slope: number;
  intercept: number;
}

/** Days are counted from any fixed origin; null with fewer than two distinct days. */
export function linearTrend(points: readonly { day: number; value: number }[]): Trend | null {
  const n = points.length;
  if (n < 2) return null;
  const meanX = points.reduce((s, p) => s + p.day, 0) / n;
  const meanY = points.reduce((s, p) => s + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.day - meanX) ** 2;
    sxy += (p.day - meanX) * (p.value - meanY);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

export const trendAt = (trend: Trend, day: number): number => trend.intercept + trend.slope * day;
