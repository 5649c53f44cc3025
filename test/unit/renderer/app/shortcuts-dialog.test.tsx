// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ShortcutsDialog } from '../../../../renderer/app/ShortcutsDialog.tsx';
import { renderWithApp } from '../support/render-app.tsx';

afterEach(cleanup);

/** What the cheat-sheet says a key combination does. */
const actionOf = (key: string) =>
  screen.getAllByRole('term').find((dt) => dt.textContent?.endsWith(key))?.nextElementSibling?.textContent;

describe('shortcuts cheat-sheet', () => {
  it('says that only the last deletion can be undone, and where the older ones are', () => {
    renderWithApp(<ShortcutsDialog onClose={() => {}} />);
    expect(actionOf('Z')).toBe('Undo the last deletion (older ones are in the Trash)');
  });

  it('says it in French too', () => {
    renderWithApp(<ShortcutsDialog onClose={() => {}} />, { language: 'fr' });
    expect(actionOf('Z')).toBe('Annuler la dernière suppression (les plus anciennes sont dans la corbeille)');
  });
});

describe('key names follow the UI language', () => {
  const keys = () =>
    screen.getAllByRole('term').flatMap((dt) => [...dt.querySelectorAll('kbd')].map((k) => k.textContent));

  it('in English: Delete, Enter, Esc, Shift', () => {
    renderWithApp(<ShortcutsDialog onClose={() => {}} />);
    expect(keys()).toEqual(expect.arrayContaining(['Delete', 'Enter', 'Esc', 'Shift']));
    expect(keys()).not.toContain('Suppr');
  });

  it('in French: Suppr, Entrée, Échap, Maj', () => {
    renderWithApp(<ShortcutsDialog onClose={() => {}} />, { language: 'fr' });
    expect(keys()).toEqual(expect.arrayContaining(['Suppr', 'Entrée', 'Échap', 'Maj']));
    for (const english of ['Enter', 'Esc', 'Delete', 'Shift']) expect(keys()).not.toContain(english);
  });
});
