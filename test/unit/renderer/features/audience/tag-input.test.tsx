// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SegmentDialog } from '../../../../../renderer/features/audience/SegmentDialog.tsx';
import type { Input } from '../../../../../shared/contract.ts';
import { makeClient } from '../../support/fake-bridge.ts';
import { renderWithApp } from '../../support/render-app.tsx';
import { makeSegment } from './make-segment.ts';

afterEach(cleanup);

function renderEditor() {
  const view = renderWithApp(<SegmentDialog clientId={makeClient().id} onClose={() => {}} />, {
    handlers: {
      'segments.tags': () => ({
        ok: true,
        value: { interests: ['Street art', 'Running', 'Tennis', 'Yoga'], sectors: ['Retail'] },
      }),
      'segments.create': (input) => ({ ok: true, value: makeSegment({ name: input.name }) }),
    },
  });
  const chosen = () =>
    within(screen.queryByRole('list', { name: 'Interests chosen' }) ?? document.createElement('ul'))
      .queryAllByRole('listitem')
      .map((li) => li.textContent?.replace('×', ''));
  return { ...view, chosen };
}

describe('interests typed as tags', () => {
  it('offers the client’s existing tags as the user types, picked with the arrows and Enter', async () => {
    const user = userEvent.setup();
    const { chosen } = renderEditor();
    const box = screen.getByRole('combobox', { name: 'Interests' });
    await user.type(box, 't');

    const options = await screen.findAllByRole('option');
    // Those starting with the text first, then those containing it; sectors are not interests.
    expect(options.map((o) => o.textContent)).toEqual(['Tennis', 'Street art']);

    await user.clear(box);
    await user.type(box, 'yo');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Yoga']);
    await user.keyboard('{ArrowDown}{Enter}');

    expect(chosen()).toEqual(['Yoga']);
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('adds on Enter or a comma, keeps the client’s spelling and never adds a tag twice', async () => {
    const user = userEvent.setup();
    const { chosen } = renderEditor();
    const box = screen.getByRole('combobox', { name: 'Interests' });

    await user.type(box, 'yoga{Enter}');
    await user.type(box, 'Vélo,');
    await user.type(box, 'YOGA{Enter}');
    await user.type(box, 'vélo{Enter}');

    expect(chosen()).toEqual(['Yoga', 'Vélo']);
  });

  it('takes the last tag back with Backspace in an empty box, and saves what is left', async () => {
    const user = userEvent.setup();
    const { chosen, fake } = renderEditor();
    await user.type(screen.getByLabelText('Name'), 'Urban runners');
    const box = screen.getByRole('combobox', { name: 'Interests' });
    await user.type(box, 'trail, marathon, cafés{Enter}');
    expect(chosen()).toEqual(['trail', 'marathon', 'cafés']);

    await user.keyboard('{Backspace}');
    expect(chosen()).toEqual(['trail', 'marathon']);

    await user.click(screen.getByRole('button', { name: 'Remove “trail”' }));
    expect(chosen()).toEqual(['marathon']);

    await user.click(screen.getByRole('button', { name: 'Create segment' }));
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'segments.create')).toBe(true));
    const sent = fake.calls.find((c) => c.method === 'segments.create')?.input as Input<'segments.create'>;
    expect(sent.interests).toEqual(['marathon']);
  });

  it('closes the suggestions on Esc without closing the editor', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.type(screen.getByRole('combobox', { name: 'Interests' }), 'ten');
    expect(await screen.findByRole('option', { name: 'Tennis' })).toBeTruthy();

    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
    expect(screen.getByRole('dialog', { name: 'New segment' })).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
