// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { defaultPaper } from '../../../../../renderer/features/reports/paper.ts';
import { draftOf, patchOf, withDraft } from '../../../../../renderer/features/reports/report-draft.ts';
import {
  listRowKeyFor,
  pageKeyFor,
  sectionKeyFor,
} from '../../../../../renderer/features/reports/report-keys.ts';
import { monthOfReport } from '../../../../../renderer/features/reports/report-label.ts';
import { parseReportsView, reportsHref } from '../../../../../renderer/features/reports/report-route.ts';
import { moveSection } from '../../../../../renderer/features/reports/section-moves.ts';
import { makeReport } from './report-fixture.ts';

const key = (
  k: string,
  mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('a report’s address', () => {
  it('keeps the report open after the area', () => {
    expect(parseReportsView('#/clients/c1/reports/r9')).toEqual({ name: 'report', id: 'r9' });
    expect(parseReportsView('#/clients/c1/reports')).toEqual({ name: 'list' });
    expect(parseReportsView('#/clients/c1/reports/r9/extra')).toEqual({ name: 'list' });
    expect(parseReportsView('#/clients/c1/audit/r9')).toEqual({ name: 'list' });
    expect(reportsHref('c 1', { name: 'report', id: 'r/9' })).toBe('#/clients/c%201/reports/r%2F9');
    expect(parseReportsView(reportsHref('c 1', { name: 'report', id: 'r/9' }))).toEqual({
      name: 'report',
      id: 'r/9',
    });
  });
});

describe('the paper a new report is laid out on', () => {
  it('is Letter in the United States and Canada, A4 elsewhere', () => {
    expect(defaultPaper('en-US')).toBe('letter');
    expect(defaultPaper('en-CA')).toBe('letter');
    expect(defaultPaper('fr-CA')).toBe('letter');
    expect(defaultPaper('en')).toBe('letter');
    expect(defaultPaper('en-GB')).toBe('a4');
    expect(defaultPaper('fr-FR')).toBe('a4');
    expect(defaultPaper('fr')).toBe('a4');
    expect(defaultPaper(undefined)).toBe('a4');
    expect(defaultPaper('not a locale!')).toBe('a4');
  });
});

describe('the report’s edits', () => {
  it('send only what changed', () => {
    const report = makeReport();
    const saved = draftOf(report);
    expect(patchOf(saved, saved)).toBeNull();
    expect(patchOf(saved, { ...saved, summary: 'New words' })).toEqual({ summary: 'New words' });
    const sections = moveSection(saved.sections, 'plan', -1);
    expect(patchOf(saved, { ...saved, sections, paper: 'letter' })).toEqual({ sections, paper: 'letter' });
  });

  it('hold back a title the contract would refuse, and send the rest', () => {
    const saved = draftOf(makeReport());
    expect(patchOf(saved, { ...saved, title: 'Spring\u202e', summary: 'x' })).toEqual({ summary: 'x' });
    expect(patchOf(saved, { ...saved, title: '  Autumn collection launch ' })).toBeNull();
  });

  it('show in the preview before they are stored', () => {
    const report = makeReport();
    const shown = withDraft(report, { ...draftOf(report), language: 'fr', title: ' Printemps ' });
    expect(shown).toMatchObject({ language: 'fr', title: 'Printemps', figures: report.figures });
  });
});

describe('the month a one-click report names', () => {
  it('reads “October’s report” and « le rapport d’octobre », « de novembre »', () => {
    expect(monthOfReport('October', 'en')).toBe('October’s');
    expect(monthOfReport('octobre', 'fr')).toBe('d’octobre');
    expect(monthOfReport('août', 'fr')).toBe('d’août');
    expect(monthOfReport('novembre', 'fr')).toBe('de novembre');
  });
});

describe('the reports’ keys', () => {
  it('move through the list and delete the report the keyboard is on', () => {
    expect(listRowKeyFor(key('ArrowDown'))).toBe('next');
    expect(listRowKeyFor(key('ArrowUp'))).toBe('previous');
    expect(listRowKeyFor(key('Delete'))).toBe('delete');
    expect(listRowKeyFor(key('Backspace'))).toBe('delete');
    expect(listRowKeyFor(key('Delete', { ctrlKey: true }))).toBeNull();
  });

  it('move a section with Alt and an arrow only', () => {
    expect(sectionKeyFor(key('ArrowUp', { altKey: true }))).toBe(-1);
    expect(sectionKeyFor(key('ArrowDown', { altKey: true }))).toBe(1);
    expect(sectionKeyFor(key('ArrowDown'))).toBeNull();
    expect(sectionKeyFor(key('ArrowDown', { altKey: true, shiftKey: true }))).toBeNull();
  });

  it('make a new report with N, not while typing', () => {
    const press = (target: EventTarget | null, k = 'n') =>
      pageKeyFor({ ...key(k), target, defaultPrevented: false } as unknown as KeyboardEvent);
    expect(press(null)).toBe('new');
    expect(press(null, 'N')).toBe('new');
    expect(press(null, 'm')).toBeNull();
    expect(press(document.createElement('textarea'))).toBeNull();
    expect(press(document.createElement('input'))).toBeNull();
  });
});
