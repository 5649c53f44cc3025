// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { memo, useMemo } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, useTranslation } from '../../../../renderer/i18n/context.tsx';
import { createI18nWith } from '../../../../renderer/i18n/instance.ts';
import { showLanguage } from '../../../../renderer/i18n/load-messages.ts';
import { en, fr } from '../../../../renderer/i18n/messages.ts';
import { createI18n } from '../../../../renderer/i18n/setup.ts';

afterEach(cleanup);

function Count({ count }: { count: number }) {
  const { t } = useTranslation();
  // A memo keyed on `t`: it must be redone when the language changes.
  const text = useMemo(() => t('calendar.postCount', { count }), [t, count]);
  return <p>{text}</p>;
}
// Memoised with no props that change: only the language can redraw it.
const Title = memo(function Title() {
  const { t, i18n } = useTranslation();
  return <h1 lang={i18n.language}>{t('errors.not_found')}</h1>;
});

describe('useTranslation', () => {
  it('redraws every component that says something when the language changes', () => {
    const i18n = createI18n('en');
    render(
      <I18nProvider i18n={i18n}>
        <Title />
        <Count count={0} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe(en.errors.not_found);
    expect(screen.getByText('0 posts')).toBeTruthy();

    act(() => i18n.changeLanguage('fr'));

    expect(screen.getByRole('heading').textContent).toBe(fr.errors.not_found);
    expect(screen.getByRole('heading').getAttribute('lang')).toBe('fr');
    expect(screen.getByText('0 publication')).toBeTruthy();
  });

  it('adds the other language’s texts the first time it is shown', async () => {
    const i18n = createI18nWith('en', { en });
    render(
      <I18nProvider i18n={i18n}>
        <Title />
      </I18nProvider>,
    );
    expect(i18n.hasTexts('fr')).toBe(false);

    await act(() => showLanguage(i18n, 'fr'));

    expect(i18n.hasTexts('fr')).toBe(true);
    expect(i18n.language).toBe('fr');
    expect(screen.getByRole('heading').textContent).toBe(fr.errors.not_found);
  });

  it('keeps the instance’s t in step with the language, for code outside React (toasts)', () => {
    const i18n = createI18n('fr');
    const { t } = i18n;
    i18n.changeLanguage('en');
    expect(t('errors.not_found')).toBe(fr.errors.not_found);
    expect(i18n.t('errors.not_found')).toBe(en.errors.not_found);
  });
});
