// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SegmentDialog } from '../../../../../renderer/features/audience/SegmentDialog.tsx';
import type { Input } from '../../../../../shared/contract.ts';
import { renderWithApp } from '../../support/render-app.tsx';
import { makeSegment } from './make-segment.ts';

afterEach(cleanup);

function renderEditor(language: 'en' | 'fr' = 'en') {
  const segment = makeSegment({ active: ['sat:noon'] });
  const view = renderWithApp(
    <SegmentDialog clientId={segment.clientId} segment={segment} onClose={() => {}} />,
    {
      language,
      handlers: {
        'segments.tags': () => ({ ok: true, value: { interests: [], sectors: [] } }),
        'segments.update': (input) => ({ ok: true, value: { ...segment, ...input } as typeof segment }),
      },
    },
  );
  const sent = () =>
    view.fake.calls.find((c) => c.method === 'segments.update')?.input as
      | Input<'segments.update'>
      | undefined;
  return { ...view, sent };
}

const cell = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

describe('the “when they are online” grid', () => {
  it('is one Tab stop, walked with the arrows and ticked with Space or Enter', async () => {
    const user = userEvent.setup();
    const { sent } = renderEditor();
    expect(screen.getByRole('grid', { name: 'When they are online' })).toBeTruthy();
    expect(cell('Saturday, Noon').checked).toBe(true);

    cell('Monday, Morning').focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    expect(document.activeElement).toBe(cell('Tuesday, Afternoon'));
    await user.keyboard(' ');
    expect(cell('Tuesday, Afternoon').checked).toBe(true);

    await user.keyboard('{End}{ArrowDown}{Enter}');
    expect(document.activeElement).toBe(cell('Wednesday, Night'));
    expect(cell('Wednesday, Night').checked).toBe(true);

    // Only the cell last visited is in the Tab order: Tab leaves the grid.
    const tabbable = screen.getAllByRole('checkbox').filter((c) => c.closest('table') && c.tabIndex === 0);
    expect(tabbable).toEqual([cell('Wednesday, Night')]);

    // Space again unticks; Enter never submits the form from the grid.
    await user.keyboard(' ');
    expect(cell('Wednesday, Night').checked).toBe(false);
    expect(sent()).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent()).toBeDefined());
    expect(sent()?.active).toEqual(['tue:afternoon', 'sat:noon']);
  });

  it('stops at its edges and jumps to its corners with Ctrl+Home and Ctrl+End', async () => {
    const user = userEvent.setup();
    renderEditor('fr');
    cell('Lundi, Matin').focus();
    await user.keyboard('{ArrowUp}{ArrowLeft}');
    expect(document.activeElement).toBe(cell('Lundi, Matin'));
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement).toBe(cell('Dimanche, Nuit'));
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(document.activeElement).toBe(cell('Dimanche, Nuit'));
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(document.activeElement).toBe(cell('Lundi, Matin'));
  });
});
