// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AudiencePage } from '../../../../../renderer/features/audience/AudiencePage.tsx';
import type { Segment } from '../../../../../shared/domain/segment.ts';
import type { TrashItem } from '../../../../../shared/domain/trash.ts';
import { makeClient } from '../../support/fake-bridge.ts';
import { renderWithApp } from '../../support/render-app.tsx';
import { makeSegment } from './make-segment.ts';

afterEach(cleanup);

const client = makeClient();
const parents = makeSegment({
  name: 'Young parents',
  description: 'First child, little time.',
  places: [
    { kind: 'city', name: 'Lyon', share: 40 },
    { kind: 'city', name: 'Villeurbanne', share: 15 },
    { kind: 'region', name: 'Rhône', share: 25 },
    { kind: 'country', name: 'France', share: null },
  ],
  ages: { '25-34': 55, '35-44': 30, '18-24': 10 },
  genders: { female: 70, male: 30 },
  networks: ['instagram', 'facebook'],
  active: ['mon:evening', 'tue:evening', 'wed:evening', 'thu:evening', 'sat:morning'],
  interests: ['Cooking', 'Parks'],
  sizeEstimate: 12000,
  notes: 'They hate **jargon**.',
});

function renderPage(initial: Segment[], language: 'en' | 'fr' = 'en') {
  let segments = initial;
  return renderWithApp(<AudiencePage client={client} />, {
    language,
    handlers: {
      'segments.list': () => ({ ok: true, value: segments }),
      'segments.tags': () => ({ ok: true, value: { interests: [], sectors: [] } }),
      'segments.delete': ({ id }) => {
        const gone = segments.find((s) => s.id === id);
        segments = segments.filter((s) => s.id !== id);
        const item: TrashItem = {
          type: 'segment',
          id,
          label: gone?.name ?? '',
          network: null,
          clientName: client.name,
          deletedAt: '2026-11-02T10:00:00.000Z',
        };
        return { ok: true, value: item };
      },
      'trash.restoreMany': () => {
        segments = initial;
        return { ok: true, value: [] };
      },
      'segments.create': (input) => {
        const created = makeSegment({ id: '0190a000-0000-7000-8000-0000000000a9', name: input.name });
        segments = [...segments, created];
        return { ok: true, value: created };
      },
    },
  });
}

describe('the audience screen', () => {
  it('explains what a segment is for when there is none, and opens the editor from there', async () => {
    const user = userEvent.setup();
    renderPage([]);
    expect(await screen.findByRole('heading', { name: 'Know your target' })).toBeTruthy();
    expect(screen.getByText(/who they are: ages, gender/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'New segment' }));
    await user.type(screen.getByLabelText('Name'), 'Students');
    await user.click(screen.getByRole('button', { name: 'Create segment' }));

    expect(await screen.findByRole('heading', { name: 'Students' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('sums each segment up on its card', async () => {
    renderPage([parents]);
    const card = await screen.findByRole('article', { name: 'Young parents' });
    const detail = (term: string) =>
      within(card).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

    expect(within(card).getByText('≈ 12,000 people')).toBeTruthy();
    expect(detail('Places')).toBe('Lyon 40%, Rhône 25%, Villeurbanne 15% and 1 more');
    // Every band, youngest first, in one bar with its legend: not only the two biggest.
    const ages = within(card).getByText('Ages', { selector: 'dt' }).nextElementSibling as HTMLElement;
    expect(
      within(ages)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['18–24 10%', '25–34 55%', '35–44 30%']);
    expect(detail('Gender')).toBe('Women 70% · Men 30%');
    expect(detail('Networks')).toBe('InstagramFacebook');
    expect(detail('Active')).toBe('Evening (Mon–Thu) · Morning (Sat)');
    // Places add up to 80 %: flagged here too.
    expect(within(card).getByText('Some shares do not add up to 100%')).toBeTruthy();
    expect(within(card).getByText('jargon').tagName).toBe('STRONG');
  });

  it('sums it up in French too', async () => {
    renderPage([parents], 'fr');
    const card = await screen.findByRole('article', { name: 'Young parents' });
    const detail = (term: string) =>
      within(card).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
    // Intl writes the space before % (a no-break one, narrow or not depending on the ICU data).
    expect(detail('Âges')).toMatch(/^18–24 10\s%25–34 55\s%35–44 30\s%$/);
    expect(detail('Actifs')).toBe('Soir (lun.–jeu.) · Matin (sam.)');
  });

  it('moves a deleted segment to the trash, and Undo brings it back', async () => {
    const user = userEvent.setup();
    const { fake } = renderPage([parents]);
    await user.click(await screen.findByRole('button', { name: 'Delete “Young parents”' }));

    expect(await screen.findByText('Segment “Young parents” moved to the trash')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Young parents' })).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: 'Young parents' })).toBeTruthy();
    expect(fake.calls.filter((c) => c.method === 'trash.restoreMany')).toEqual([
      { method: 'trash.restoreMany', input: { refs: [{ type: 'segment', id: parents.id }] } },
    ]);
  });

  it('opens a segment with everything it holds, for editing', async () => {
    const user = userEvent.setup();
    renderPage([parents], 'fr');
    await user.click(await screen.findByRole('button', { name: 'Modifier «\u202fYoung parents\u202f»' }));
    const dialog = screen.getByRole('dialog');
    expect((within(dialog).getByLabelText('25–34') as HTMLInputElement).value).toBe('55');
    expect((within(dialog).getByLabelText('Lieu 1 : nom') as HTMLInputElement).value).toBe('Lyon');
    expect((within(dialog).getByRole('checkbox', { name: 'Lundi, Soir' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(within(dialog).getByText('Les lieux totalisent 80 %')).toBeTruthy();
  });
});
