// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { ScoreField } from '../../../../../renderer/features/audit/ScoreField.tsx';
import { I18nProvider } from '../../../../../renderer/i18n/context.tsx';
import { createI18n } from '../../../../../renderer/i18n/setup.ts';

afterEach(cleanup);

it('takes a score back off with Clear, and keeps the keyboard on the question’s boxes', () => {
  const onChange = vi.fn();
  const { rerender } = render(
    <I18nProvider i18n={createI18n('en')}>
      <ScoreField legend="Your score" value={4} onChange={onChange} />
    </I18nProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
  expect(onChange).toHaveBeenLastCalledWith(null);
  expect(document.activeElement).toBe(screen.getAllByRole('radio')[0]);

  rerender(
    <I18nProvider i18n={createI18n('en')}>
      <ScoreField legend="Your score" value={null} onChange={onChange} />
    </I18nProvider>,
  );
  // Nothing to clear on a question not scored yet.
  expect(screen.queryByRole('button', { name: 'Clear' })).toBeNull();
});
