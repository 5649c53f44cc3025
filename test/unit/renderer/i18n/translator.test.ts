import { describe, expect, it } from 'vitest';
import { en, fr } from '../../../../renderer/i18n/messages.ts';
import { translate } from '../../../../renderer/i18n/translator.ts';

const both = { fr, en };

describe('the translator, on the real texts', () => {
  it('puts the values in the placeholders, in both languages', () => {
    expect(translate(both, 'en', 'clients.deleted', { name: 'Martin Bakery' })).toBe(
      'Client “Martin Bakery” moved to the trash',
    );
    expect(translate(both, 'fr', 'clients.deleted', { name: 'Boulangerie Martin' })).toBe(
      'Client «\u00a0Boulangerie Martin\u00a0» placé dans la corbeille',
    );
  });

  it('leaves a placeholder given no value as written, and one given undefined or null empty (as i18next)', () => {
    expect(translate(both, 'en', 'clients.deleted')).toBe('Client “{{name}}” moved to the trash');
    expect(translate(both, 'en', 'clients.deleted', { name: undefined })).toBe(
      'Client “” moved to the trash',
    );
    expect(translate(both, 'en', 'clients.deleted', { name: null })).toBe('Client “” moved to the trash');
  });

  it('picks the English plural: one for 1 only', () => {
    expect(translate(both, 'en', 'calendar.postCount', { count: 0 })).toBe('0 posts');
    expect(translate(both, 'en', 'calendar.postCount', { count: 1 })).toBe('1 post');
    expect(translate(both, 'en', 'calendar.postCount', { count: 2 })).toBe('2 posts');
  });

  it('picks the French plural: one for 0 and 1, as Intl.PluralRules and i18next say', () => {
    expect(translate(both, 'fr', 'calendar.postCount', { count: 0 })).toBe('0 publication');
    expect(translate(both, 'fr', 'calendar.postCount', { count: 1 })).toBe('1 publication');
    expect(translate(both, 'fr', 'calendar.postCount', { count: 1.5 })).toBe('1.5 publication');
    expect(translate(both, 'fr', 'calendar.postCount', { count: 2 })).toBe('2 publications');
  });

  it('uses the plural form with other values too, and the bare key when a count is given to a plain text', () => {
    expect(translate(both, 'en', 'composer.checks.left_other', { n: 3 })).toBe('3 left');
    expect(translate(both, 'en', 'errors.internal', { count: 2 })).toBe(
      translate(both, 'en', 'errors.internal'),
    );
  });

  it('takes a count written as text as no count (no plural form)', () => {
    expect(translate(both, 'en', 'calendar.postCount', { count: '1' })).toBe('calendar.postCount');
  });

  it('looks in the language shown before English: its other form, then the English text', () => {
    const noOne = { fr: { ...fr, calendar: { ...fr.calendar, postCount_one: '' } }, en };
    expect(translate(noOne, 'fr', 'calendar.postCount', { count: 1 })).toBe('1 publications');
    const noForm = {
      fr: { ...fr, calendar: { ...fr.calendar, postCount_one: '', postCount_other: '' } },
      en,
    };
    expect(translate(noForm, 'fr', 'calendar.postCount', { count: 1 })).toBe('1 post');
    expect(translate(noForm, 'fr', 'calendar.postCount', { count: 2 })).toBe('2 posts');
    expect(translate({ en }, 'fr', 'errors.internal')).toBe(en.errors.internal);
  });

  it('shows a key found in no language as the key itself, as i18next did', () => {
    expect(translate(both, 'fr', 'calendar.nothing.here')).toBe('calendar.nothing.here');
    expect(translate(both, 'en', 'calendar', { count: 1 })).toBe('calendar');
    expect(translate(both, 'en', 'constructor')).toBe('constructor');
  });
});
