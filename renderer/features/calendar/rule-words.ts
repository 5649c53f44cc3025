import type { CustomRule } from '../../../shared/dates/custom-rule.ts';
import type { TFunction } from '../../i18n/keys.ts';

/** A month's name in the language shown: 1 → "January" / "janvier". */
export const monthName = (month: number, locale: string): string =>
  new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, month - 1, 1));

/** An ISO weekday's name (Monday = 1): 1 January 2001 was a Monday. */
export const weekdayName = (weekday: number, locale: string): string =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, 0, weekday));

/** "of October": French elides "de" before a vowel ("d’octobre", but "de mars"). */
const ofMonth = (t: TFunction, month: string): string =>
  t(/^[aeiouy]/i.test(month) ? 'dates.rule.ofVowel' : 'dates.rule.of', { month });

/** "Every 12 April", "The last Wednesday of October", "3 days after Easter", in the language shown. */
export function ruleWords(t: TFunction, rule: CustomRule, locale: string): string {
  switch (rule.kind) {
    case 'fixed':
      return t('dates.rule.fixedWords', {
        // "1er janvier" in French; the other days are plain numbers.
        day: t('dates.rule.dayNumber', { count: rule.day }),
        month: monthName(rule.month, locale),
      });
    case 'nth':
      return t('dates.rule.nthWords', {
        nth: t(`dates.rule.nths.${rule.nth === -1 ? 'last' : rule.nth}`),
        weekday: weekdayName(rule.weekday, locale),
        ofMonth: ofMonth(t, monthName(rule.month, locale)),
      });
    case 'easter':
      return rule.offset === 0
        ? t('dates.rule.easterDay')
        : t(rule.offset > 0 ? 'dates.rule.afterEaster' : 'dates.rule.beforeEaster', {
            count: Math.abs(rule.offset),
          });
  }
}
