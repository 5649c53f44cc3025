// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { IdeasPage } from '../../../../../renderer/features/ideas/IdeasPage.tsx';
import { addDays } from '../../../../../shared/calendar/dates.ts';
import { zonedToday } from '../../../../../shared/calendar/zoned.ts';
import { makeChannel } from '../../support/make-channel.ts';
import { client, id, inputsOf, layOutEachTest, makeIdea, renderIdeas } from './ideas-harness.tsx';

layOutEachTest();

const page = <IdeasPage client={client} />;
const options = () => within(screen.getByRole('listbox', { name: 'Ideas' })).getAllByRole('option');
const option = (name: RegExp | string) =>
  screen.findByRole('option', { name: typeof name === 'string' ? new RegExp(`^${name}`) : name });

describe('the ideas screen', () => {
  it('says what the bank is for, then takes ideas one line after the other', async () => {
    const user = userEvent.setup();
    const { fake } = renderIdeas(page);
    expect(await screen.findByRole('heading', { name: 'Keep every idea in one place' })).toBeTruthy();
    expect(screen.getAllByText(/Ctrl\+Shift\+I/).length).toBeGreaterThan(0);

    const line = screen.getByRole('textbox', { name: 'New idea for Studio Yoga' });
    await user.click(line);
    await user.keyboard('Café yoga{Enter}');
    expect(await option('Café yoga')).toBeTruthy();
    expect(line).toHaveProperty('value', '');
    expect(document.activeElement).toBe(line);
    await user.keyboard('Five poses{Enter}Behind the scenes{Enter}');
    await waitFor(() => expect(options()).toHaveLength(3));
    expect(document.activeElement).toBe(line);
    expect(inputsOf(fake.calls, 'ideas.create')).toEqual([
      { clientId: client.id, title: 'Café yoga' },
      { clientId: client.id, title: 'Five poses' },
      { clientId: client.id, title: 'Behind the scenes' },
    ]);
  });

  it('says the limit of an over-long line and keeps it until it fits', async () => {
    const user = userEvent.setup();
    const { fake } = renderIdeas(page);
    const line = await screen.findByRole('textbox', { name: 'New idea for Studio Yoga' });
    await user.click(line);
    await user.paste('x'.repeat(205));
    expect(screen.getByText(/200 characters at most: this is 205/)).toBeTruthy();
    expect(line.getAttribute('aria-invalid')).toBe('true');
    await user.keyboard('{Enter}');
    expect(inputsOf(fake.calls, 'ideas.create')).toEqual([]);
  });

  it('sets a status from the keyboard with Undo, and moves an idea to the Trash with Delete', async () => {
    const user = userEvent.setup();
    const { fake } = renderIdeas(page, {
      ideas: [
        makeIdea({ id: id(1), title: 'Café yoga' }),
        makeIdea({ id: id(2), title: 'Five poses', createdAt: '2026-11-01T09:00:00.000Z' }),
      ],
    });
    const row = await option('Café yoga');
    row.focus();
    await user.keyboard('3');
    expect(await screen.findByText('Idea status changed: New → Used.')).toBeTruthy();
    expect(inputsOf(fake.calls, 'ideas.update')).toContainEqual({ id: id(1), status: 'used' });
    await waitFor(() =>
      expect(screen.getByRole('option', { name: /^Café yoga/ }).textContent).toContain('Used'),
    );

    screen.getByRole('option', { name: /^Five poses/ }).focus();
    await user.keyboard('{Delete}');
    expect(await screen.findByText('“Five poses” moved to the Trash.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('option', { name: /^Five poses/ })).toBeNull());
    // The keyboard stays in the list, on the idea next to the one gone.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('option', { name: /^Café yoga/ })),
    );
  });

  it('saves the editor’s changes after a pause, holding back a bad link with its reason', async () => {
    const user = userEvent.setup();
    const { fake } = renderIdeas(page, { ideas: [makeIdea({ id: id(1), title: 'Café yoga' })] });
    const editor = await screen.findByRole('region', { name: 'Idea' });
    const title = within(editor).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Café yoga at dawn');
    await user.type(within(editor).getByRole('textbox', { name: 'Source link' }), 'not a link');
    await waitFor(
      () =>
        expect(inputsOf(fake.calls, 'ideas.update')).toContainEqual({
          id: id(1),
          title: 'Café yoga at dawn',
        }),
      {
        timeout: 3000,
      },
    );
    expect(inputsOf(fake.calls, 'ideas.update').some((u) => 'sourceUrl' in (u as object))).toBe(false);
    expect(within(editor).getByText('Enter an address starting with http:// or https://.')).toBeTruthy();
    expect(within(editor).getByRole('status').textContent).toBe('Not saved: fix the field in red');
  });

  it('plans an idea with P: its network’s channel, tomorrow at 09:00, Enter', async () => {
    const user = userEvent.setup();
    const linkedin = makeChannel({
      id: id(41),
      clientId: client.id,
      network: 'linkedin',
      handle: 'studio-yoga',
    });
    const instagram = makeChannel({
      id: id(42),
      clientId: client.id,
      network: 'instagram',
      handle: '@studio',
    });
    const { fake } = renderIdeas(page, {
      ideas: [makeIdea({ id: id(1), title: 'Café yoga', network: 'instagram' })],
      channels: [linkedin, instagram],
      handlers: { 'posts.delete': () => ({ ok: true, value: [] }) },
    });
    (await option('Café yoga')).focus();
    await user.keyboard('p');
    const dialog = await screen.findByRole('dialog', { name: 'Plan the idea' });
    expect(within(dialog).getByRole<HTMLSelectElement>('combobox', { name: 'Channel' }).value).toBe(id(42));
    const tomorrow = addDays(zonedToday(new Date(), 'UTC'), 1);
    expect(document.activeElement).toBe(within(dialog).getByRole('radio', { name: /^Tomorrow, / }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(inputsOf(fake.calls, 'ideas.toPost')).toEqual([
      { id: id(1), channelId: id(42), date: tomorrow, time: '09:00' },
    ]);
    expect(await screen.findByText(/^Draft planned for \w{3} \d+ \w{3}\.$/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open calendar' })).toBeTruthy();
  });

  it('marks the shared ideas in the client’s list, and shows the shared bank alone on demand', async () => {
    const user = userEvent.setup();
    renderIdeas(page, {
      ideas: [
        makeIdea({ id: id(1), title: 'Café yoga' }),
        makeIdea({ id: id(2), title: 'World Yoga Day', clientId: null }),
      ],
    });
    expect((await option('World Yoga Day')).textContent).toContain('Shared');
    await user.click(screen.getByRole('radio', { name: 'Shared bank' }));
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(options()[0]?.textContent).not.toContain('Shared');
  });

  it('adds an expert from the idea’s editor, and the idea takes it as its source', async () => {
    const user = userEvent.setup();
    const { fake } = renderIdeas(page, {
      ideas: [makeIdea({ id: id(1), title: 'Café yoga' })],
      handlers: {
        'experts.create': (input) => ({
          ok: true,
          value: {
            id: id(77),
            name: input.name,
            topic: input.topic ?? '',
            network: input.network ?? null,
            url: input.url ?? '',
            why: input.why ?? '',
            createdAt: '',
            updatedAt: '',
            deletedAt: null,
          },
        }),
      },
    });
    // The screen remembers the bank shown for the session: this is the client's.
    await user.click(await screen.findByRole('radio', { name: 'Studio Yoga’s ideas' }));
    const editor = await screen.findByRole('region', { name: 'Idea' });
    await user.click(within(editor).getByRole('button', { name: 'Add an expert' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an expert' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Later blog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Link' }), 'later.com/blog');
    await user.click(within(dialog).getByRole('button', { name: 'Add the expert' }));
    await waitFor(() =>
      expect(inputsOf(fake.calls, 'ideas.update')).toContainEqual({ id: id(1), expertId: id(77) }),
    );
    expect(inputsOf(fake.calls, 'experts.create')).toEqual([
      { name: 'Later blog', topic: '', network: null, url: 'https://later.com/blog', why: '' },
    ]);
    expect(screen.getByRole('tab', { name: 'Ideas', selected: true })).toBeTruthy();
  });

  it('draws only the ideas in view of a bank of hundreds, and keeps the keyboard on the one moved to', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 400 }, (_, i) =>
      makeIdea({
        id: id(1000 + i),
        title: `Idea ${String(i).padStart(3, '0')}`,
        createdAt: `2026-10-01T09:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000Z`,
      }),
    );
    renderIdeas(page, { ideas: many });
    await user.click(await screen.findByRole('radio', { name: 'Studio Yoga’s ideas' }));
    const first = await option('Idea 399');
    expect(first.getAttribute('aria-setsize')).toBe('400');
    expect(options().length).toBeLessThan(40);
    first.focus();
    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Idea 000'));
    expect(document.activeElement?.getAttribute('aria-selected')).toBe('true');
  });
});
