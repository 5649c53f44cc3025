import type { Paper } from '../../../shared/domain/report.ts';

/** Where Letter is the paper in the tray; everywhere else prints on A4. */
const LETTER_REGIONS = new Set(['US', 'CA']);

/** The paper a new report is laid out on, from the system's locale ("en-US", "fr-CA"…). */
export function defaultPaper(locale: string | undefined): Paper {
  if (!locale) return 'a4';
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    return 'a4';
  }
  return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}
