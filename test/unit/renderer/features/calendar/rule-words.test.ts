import { describe, expect, it } from 'vitest';
import { ruleWords } from '../../../../../renderer/features/calendar/rule-words.ts';
import { createI18n } from '../../../../../renderer/i18n/setup.ts';

describe('a recurring date said in words', () => {
  it('says each kind of rule in English and French, with French elision', () => {
    const tEn = createI18n('en').t;
    const tFr = createI18n('fr').t;
    expect(ruleWords(tEn, { kind: 'fixed', month: 4, day: 12 }, 'en')).toBe('Every year on 12 April');
    expect(ruleWords(tFr, { kind: 'fixed', month: 4, day: 12 }, 'fr')).toBe('Chaque année le 12 avril');
    expect(ruleWords(tFr, { kind: 'fixed', month: 1, day: 1 }, 'fr')).toBe('Chaque année le 1er janvier');
    expect(ruleWords(tEn, { kind: 'fixed', month: 1, day: 1 }, 'en')).toBe('Every year on 1 January');
    expect(ruleWords(tEn, { kind: 'nth', month: 10, weekday: 3, nth: -1 }, 'en')).toBe(
      'The last Wednesday of October',
    );
    expect(ruleWords(tFr, { kind: 'nth', month: 10, weekday: 3, nth: -1 }, 'fr')).toBe(
      'Le dernier mercredi d’octobre',
    );
    expect(ruleWords(tFr, { kind: 'nth', month: 3, weekday: 7, nth: 1 }, 'fr')).toBe(
      'Le premier dimanche de mars',
    );
    expect(ruleWords(tEn, { kind: 'easter', offset: -47 }, 'en')).toBe('47 days before Easter');
    expect(ruleWords(tFr, { kind: 'easter', offset: 1 }, 'fr')).toBe('1 jour après Pâques');
  });
});
