// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { IDEA_DRAG_TYPE } from '../../../../../renderer/common/drag/idea-drag.ts';
import { IdeasTray } from '../../../../../renderer/features/ideas/IdeasTray.tsx';
import { client, id, inputsOf, makeIdea, renderIdeas } from './ideas-harness.tsx';

afterEach(cleanup);

describe('the ideas tray beside the calendar', () => {
  it('lists the new and planned ideas, each dragged as an idea, and captures another', async () => {
    const user = userEvent.setup();
    const { fake } = renderIdeas(<IdeasTray client={client} />, {
      ideas: [
        makeIdea({ id: id(1), title: 'Café yoga', status: 'planned' }),
        makeIdea({ id: id(2), title: 'Old idea', status: 'used' }),
      ],
    });
    const item = await screen.findByRole('button', { name: /^Café yoga/ });
    expect(item.textContent).toContain('Planned');
    expect(screen.queryByRole('button', { name: /^Old idea/ })).toBeNull();
    expect(inputsOf(fake.calls, 'ideas.list')[0]).toMatchObject({
      clientId: client.id,
      statuses: ['new', 'planned'],
    });

    const data = new Map<string, string>();
    const dataTransfer = { setData: (k: string, v: string) => data.set(k, v), effectAllowed: '' };
    fireEvent.dragStart(item.closest('li') as HTMLElement, { dataTransfer });
    expect(JSON.parse(data.get(IDEA_DRAG_TYPE) ?? '')).toEqual({ id: id(1), network: null });

    await user.click(screen.getByRole('textbox', { name: 'New idea for Studio Yoga' }));
    await user.keyboard('Sunset class{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: /^Sunset class/ })).toBeTruthy());
  });

  it('opens the plan dialog from the keyboard, for who cannot drag', async () => {
    const user = userEvent.setup();
    renderIdeas(<IdeasTray client={client} />, { ideas: [makeIdea({ id: id(1), title: 'Café yoga' })] });
    (await screen.findByRole('button', { name: /^Café yoga/ })).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Plan the idea' })).toBeTruthy();
    expect(screen.getByText('This client has no channel to post on yet.')).toBeTruthy();
  });
});
