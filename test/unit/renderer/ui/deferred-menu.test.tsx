// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckMenu } from '../../../../renderer/ui/CheckMenu.tsx';

// jsdom has no pointer capture; Radix's menus call it on every pointer event.
Element.prototype.hasPointerCapture ??= () => false;
Element.prototype.setPointerCapture ??= () => {};
Element.prototype.releasePointerCapture ??= () => {};

afterEach(cleanup);

const options = [
  { value: 'draft', label: 'Draft' },
  { value: 'ready', label: 'Ready' },
];
const menu = () => <CheckMenu label="Status" options={options} checked={['ready']} onChange={() => {}} />;

// Each test file has its own modules: here the menu's code has not come when the test starts.
describe('a menu drawn before its code has come (the first screen)', () => {
  it('shows its button as a closed menu button, then opens on a press once the code comes', async () => {
    const user = userEvent.setup();
    render(menu());
    const button = screen.getByRole('button', { name: 'Status (1)' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('menu')).toBeNull();

    await user.click(button);

    const ready = await screen.findByRole('menuitemcheckbox', { name: /Ready/ });
    expect(ready.getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('menuitemcheckbox', { name: /Draft/ }).getAttribute('aria-checked')).toBe(
      'false',
    );
  });
});
