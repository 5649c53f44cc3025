// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../../../shared/contract.ts';
import { client, makeAudit, renderAudits } from './audit-harness.tsx';

afterEach(cleanup);

const audit = makeAudit();
const auditHash = `#/clients/${client.id}/audit/${audit.id}`;

const updates = (calls: { method: string; input: unknown }[]) =>
  calls.filter((c) => c.method === 'audits.update').map((c) => c.input as Input<'audits.update'>);

describe('the audit screen', () => {
  it('explains what an audit is when there is none, with the one button to start', async () => {
    renderAudits();
    expect(await screen.findByRole('heading', { name: 'Take stock of Studio Yoga’s presence' })).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toContain(
      'Who interacts with my brand?',
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Start the first audit']);
  });

  it('saves a score at once, and notes once the typing pauses, each with only what changed', async () => {
    const user = userEvent.setup();
    const view = renderAudits({ audits: [audit], hash: auditHash });
    const card = await screen.findByRole('region', { name: 'Question 2: Who interacts' });
    await user.click(within(card).getByRole('radio', { name: '4 – Good' }));
    await waitFor(() =>
      expect(updates(view.fake.calls)).toEqual([{ id: audit.id, answers: [{ question: 2, score: 4 }] }]),
    );
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy());

    await user.type(within(card).getByRole('textbox', { name: 'Your notes' }), 'Parents answer');
    // One write for the whole word, after the pause.
    await waitFor(() => expect(updates(view.fake.calls)).toHaveLength(2), { timeout: 3000 });
    expect(updates(view.fake.calls)[1]).toEqual({
      id: audit.id,
      answers: [{ question: 2, notes: 'Parents answer' }],
    });
    expect(view.audits.get(audit.id)?.answers[1]).toEqual({ question: 2, score: 4, notes: 'Parents answer' });
  });

  it('writes what is pending when the audit is left', async () => {
    const user = userEvent.setup();
    const view = renderAudits({ audits: [audit], hash: auditHash });
    const card = await screen.findByRole('region', { name: 'Question 5: Which network' });
    await user.type(within(card).getByRole('textbox', { name: 'Your notes' }), 'LinkedIn');
    view.unmount();
    await waitFor(() =>
      expect(updates(view.fake.calls)).toEqual([
        { id: audit.id, answers: [{ question: 5, notes: 'LinkedIn' }] },
      ]),
    );
  });

  it('adds an action with Enter, keeps the field ready for the next, and gives it the id the server chose', async () => {
    const user = userEvent.setup();
    const view = renderAudits({ audits: [audit], hash: auditHash });
    const field = await screen.findByRole('textbox', { name: 'New action' });
    await user.type(field, 'Two reels a week{Enter}');
    expect(field).toHaveProperty('value', '');
    expect(document.activeElement).toBe(field);
    await user.type(field, 'Reply within a day{Enter}');
    await waitFor(() =>
      expect(view.audits.get(audit.id)?.actions.map((a) => a.text)).toEqual([
        'Two reels a week',
        'Reply within a day',
      ]),
    );
    const sent = updates(view.fake.calls);
    // The second list names the first action by the id it was given.
    expect(sent.at(-1)?.actions?.[0]).toHaveProperty('id');
    expect(screen.getByRole('textbox', { name: 'Action 2' })).toHaveProperty('value', 'Reply within a day');
  });

  it('says plainly that question 6 needs the client’s competitors, with the way there', async () => {
    renderAudits({ audits: [audit], hash: auditHash });
    const card = await screen.findByRole('region', { name: 'Question 6: Competitors' });
    await waitFor(() =>
      expect(within(card).getByText(/This question needs the client’s competitors/)).toBeTruthy(),
    );
    expect(within(card).getByRole('link', { name: 'Log competitors' }).getAttribute('href')).toBe(
      `#/clients/${client.id}/competitors`,
    );
  });

  it('takes a removed action back with Undo', async () => {
    const user = userEvent.setup();
    const withActions = makeAudit({
      actions: [
        { id: '0190a000-0000-7000-8000-000000000011', question: 1, text: 'Two reels a week', became: null },
        {
          id: '0190a000-0000-7000-8000-000000000012',
          question: null,
          text: 'Reply within a day',
          became: null,
        },
      ],
    });
    const view = renderAudits({ audits: [withActions], hash: auditHash });
    await user.click(await screen.findByRole('button', { name: 'Remove (action 1)' }));
    await waitFor(() =>
      expect(view.audits.get(audit.id)?.actions.map((a) => a.text)).toEqual(['Reply within a day']),
    );
    const toast = await screen.findByText('Action “Two reels a week” removed.');
    expect(toast).toBeTruthy();
    await act(async () => {
      await user.click(screen.getByRole('button', { name: 'Undo' }));
    });
    await waitFor(() =>
      expect(view.audits.get(audit.id)?.actions.map((a) => [a.text, a.question])).toEqual([
        ['Two reels a week', 1],
        ['Reply within a day', null],
      ]),
    );
  });
});
