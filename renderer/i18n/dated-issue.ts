import { isIsoDate } from '../../shared/calendar/dates.ts';
import type { Language } from '../../shared/domain/prefs.ts';
import type { Issue } from '../../shared/errors.ts';
import { formatLongDay } from './format.ts';
import type { TFunction } from './keys.ts';

/**
 * An issue in words, its date written the user's way ("23 Nov 2026", not 2026-11-23). Apart from
 * errors.ts, which the first screen loads: the date's words come with the screens that need them.
 */
export function datedIssueMessage(
  t: TFunction,
  language: Language,
  issue: Pick<Issue, 'code' | 'params'>,
): string {
  const params: Record<string, string | number> = { ...issue.params };
  if (typeof params.date === 'string' && isIsoDate(params.date))
    params.date = formatLongDay(params.date, language);
  return t(`issues.${issue.code}`, params);
}
