// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChannelDialog } from '../../../../renderer/features/channels/ChannelDialog.tsx';
import { ClientDialog } from '../../../../renderer/features/clients/ClientDialog.tsx';
import { makeClient } from '../support/fake-bridge.ts';
import { renderWithApp } from '../support/render-app.tsx';

afterEach(cleanup);

const confirm = () => screen.queryByRole('alertdialog', { name: 'Discard your changes?' });
/**
 * The dimmed page behind a dialog, rendered just before it. A modal Radix dialog turns pointer
 * events off outside itself, so a real click lands on the page root; the check is skipped for that.
 */
const backdrop = () => screen.getByRole('dialog').previousElementSibling as HTMLElement;

describe('closing a form dialog', () => {
  it('closes at once when nothing was changed', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderWithApp(<ClientDialog client={makeClient({ notes: 'Ton chaleureux' })} onClose={onClose} />);

    await user.keyboard('{Escape}');

    expect(onClose).toHaveBeenCalledTimes(1);
    expect(confirm()).toBeNull();
  });

  it('asks before Esc throws away typed notes, and keeps them on “Keep editing”', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderWithApp(<ClientDialog client={makeClient()} onClose={onClose} />);
    const notes = 'Tutoiement, pas d’emoji. '.repeat(40);
    await user.click(screen.getByLabelText('Notes'));
    await user.paste(notes);

    await user.keyboard('{Escape}');
    expect(confirm()).not.toBeNull();
    expect(onClose).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(confirm()).toBeNull());
    expect(screen.getByRole('dialog', { name: 'Edit client' })).toBeTruthy();
    expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).value).toBe(notes);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('asks on Cancel too, and closes on “Discard”', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderWithApp(<ClientDialog onClose={onClose} />, { language: 'fr' });
    await user.type(screen.getByLabelText('Nom'), 'Boulangerie Martin');

    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.getByRole('alertdialog', { name: 'Abandonner vos modifications\u202f?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Abandonner' }));

    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('asks when the backdrop of a changed channel form is clicked', async () => {
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    const onClose = vi.fn();
    renderWithApp(<ChannelDialog clientId={makeClient().id} onClose={onClose} />);
    await user.type(screen.getByLabelText('Handle'), '@atelier.rose');

    await user.click(backdrop());

    expect(confirm()).not.toBeNull();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('does not ask when a change was undone by hand', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderWithApp(<ChannelDialog clientId={makeClient().id} onClose={onClose} />);
    await user.type(screen.getByLabelText('Handle'), '@a');
    await user.clear(screen.getByLabelText('Handle'));

    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(onClose).toHaveBeenCalledTimes(1);
    expect(confirm()).toBeNull();
  });
});
