// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { TimeZoneCombobox } from '../../../../../renderer/features/clients/TimeZoneCombobox.tsx';
import { renderWithApp } from '../../support/render-app.tsx';

afterEach(cleanup);

function Picker() {
  const [zone, setZone] = useState('UTC');
  return (
    <>
      <label htmlFor="tz">Time zone</label>
      <TimeZoneCombobox value={zone} onChange={setZone} controlProps={{ id: 'tz' }} />
      <output>{zone}</output>
    </>
  );
}

describe('time-zone combobox', () => {
  it('replaces the zone shown when the user clicks it and types', async () => {
    const user = userEvent.setup();
    renderWithApp(<Picker />);
    const input = screen.getByRole('combobox', { name: 'Time zone' }) as HTMLInputElement;

    await user.click(input);
    await user.keyboard('Paris');

    expect(input.value).toBe('Paris');
    await user.click(screen.getByRole('option', { name: /^Europe\/Paris/ }));
    expect(screen.getByRole('status').textContent).toBe('Europe/Paris');
  });
});
