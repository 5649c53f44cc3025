import { expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/i18n/setup.ts';

// `npm run typecheck` checks the lines marked @ts-expect-error: were a wrong key or a missing
// count accepted, the directive itself would fail the typecheck.
it('types t: known keys only, plural keys said without their suffix and with a count', () => {
  const { t } = createI18n('en');
  expect(t('calendar.postCount', { count: 3 })).toBe('3 posts');
  expect(t('errors.internal')).toBe(createI18n('en').t('errors.internal'));
  // @ts-expect-error: no such key in the texts.
  expect(t('calendar.noSuchKey')).toBe('calendar.noSuchKey');
  // @ts-expect-error: a plural key needs its count.
  expect(t('calendar.postCount')).toBe('calendar.postCount');
});
