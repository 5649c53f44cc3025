import type { Language } from '../../../shared/domain/prefs.ts';

const UNITS = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/**
 * "12,4 Mo" / "12.4 MB": decimal units, as macOS and the browsers' download lists count them.
 * Never in bytes: even an empty workspace is some kilobytes, and "0.3 kB" reads better than "312 byte".
 */
export function formatSize(bytes: number, language: Language): string {
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: UNITS[unit],
    maximumFractionDigits: value < 100 ? 1 : 0,
  }).format(value);
}
