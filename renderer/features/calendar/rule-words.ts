import type { CustomRule } from '../../../shared/dates/custom-rule.ts';
import { monthName, weekdayNames } from '../../common/dates/day-names.ts';
import type { TFunction } from '../../i18n/keys.ts';

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
        weekday: weekdayNames(locale)[rule.weekday - 1],
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
