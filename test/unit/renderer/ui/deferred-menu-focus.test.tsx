// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { ActionMenu } from '../../../../renderer/ui/ActionMenu.tsx';
import { menuCode } from '../../../../renderer/ui/menu-code.ts';

afterEach(cleanup);

// Its own file: the menu's code must not have come when the test starts.
it('keeps the focus on a menu button whose code comes while the keyboard is on it', async () => {
  const user = userEvent.setup();
  render(<ActionMenu label="More" items={[{ value: 'export', label: 'Export' }]} onSelect={() => {}} />);
  await user.tab();
  const before = screen.getByRole('button', { name: 'More' });
  expect(document.activeElement).toBe(before);

  await act(() => menuCode.load());

  const after = screen.getByRole('button', { name: 'More' });
  expect(after.id).toMatch(/^radix-/);
  expect(document.activeElement).toBe(after);
});
