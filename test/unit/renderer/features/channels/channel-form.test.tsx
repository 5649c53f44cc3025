// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ChannelDialog } from '../../../../../renderer/features/channels/ChannelDialog.tsx';
import { renderWithApp } from '../../support/render-app.tsx';

afterEach(cleanup);

const checkedKind = () => (screen.getAllByRole('radio') as HTMLInputElement[]).find((r) => r.checked)?.value;

describe('channel form', () => {
  it('follows the network’s usual kind of medium until the user picks one', async () => {
    const user = userEvent.setup();
    renderWithApp(<ChannelDialog clientId="0190a000-0000-7000-8000-000000000001" onClose={() => {}} />);

    expect(checkedKind()).toBe('networking');
    await user.selectOptions(screen.getByLabelText('Network'), 'pinterest');
    expect(checkedKind()).toBe('collaborating');
    await user.selectOptions(screen.getByLabelText('Network'), 'forum');
    expect(checkedKind()).toBe('messaging');

    await user.click(screen.getByRole('radio', { name: /Sharing/ }));
    await user.selectOptions(screen.getByLabelText('Network'), 'linkedin');
    expect(checkedKind()).toBe('sharing');
  });

  it('names generic networks in the app’s language and brands as they are', () => {
    renderWithApp(<ChannelDialog clientId="0190a000-0000-7000-8000-000000000001" onClose={() => {}} />, {
      language: 'fr',
    });
    const options = [...(screen.getByLabelText('Réseau') as HTMLSelectElement).options].map((o) => o.text);
    expect(options).toContain('Autre');
    expect(options).toContain('LinkedIn');
  });
});
