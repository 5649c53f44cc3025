import { describe, expect, it } from 'vitest';
import { gridAction } from '../../../../../renderer/common/grid/grid-keys.ts';
import {
  type CellPos,
  type Move,
  moveFrom as moveIn,
} from '../../../../../renderer/common/grid/grid-moves.ts';
import {
  followerWarning,
  parseCell,
  planPaste,
  readingsShape,
  rowsOf,
} from '../../../../../renderer/features/competitors/readings-model.ts';
import type {
  CompetitorReading,
  CompetitorReadingRow,
} from '../../../../../shared/domain/competitor-readings.ts';

const reading = (over: Partial<CompetitorReading> = {}): CompetitorReading => ({
  takenOn: '2026-11-30',
  followers: null,
  posts: null,
  engagementsPerPost: null,
  standoutUrl: '',
  standoutNote: '',
  ...over,
});

const row = (accountId: string): CompetitorReadingRow => ({
  accountId,
  competitorId: 'c1',
  competitorName: 'Bloom',
  color: '#E4572E',
  network: 'instagram',
  handle: '@bloom',
  reading: null,
  previous: null,
});

describe('a readings cell as typed', () => {
  it('reads counts in either language’s notation', () => {
    expect(parseCell('followers', '1 234', 'fr')).toEqual({ ok: true, value: 1234 });
    expect(parseCell('followers', '1,234', 'en')).toEqual({ ok: true, value: 1234 });
    expect(parseCell('posts', '2.5', 'en')).toEqual({ ok: false, code: 'notInteger' });
    expect(parseCell('posts', '', 'en')).toEqual({ ok: true, value: null });
  });

  it('reads engagements per post to one decimal, never as money', () => {
    expect(parseCell('engagementsPerPost', '37,5', 'fr')).toEqual({ ok: true, value: 37.5 });
    expect(parseCell('engagementsPerPost', '37.5', 'en')).toEqual({ ok: true, value: 37.5 });
    expect(parseCell('engagementsPerPost', '1 204', 'fr')).toEqual({ ok: true, value: 1204 });
    expect(parseCell('engagementsPerPost', '37.55', 'en')).toEqual({ ok: false, code: 'oneDecimal' });
    expect(parseCell('engagementsPerPost', '37,555', 'fr')).toEqual({ ok: false, code: 'oneDecimal' });
    expect(parseCell('engagementsPerPost', '12 €', 'fr')).toEqual({ ok: false, code: 'notANumber' });
    expect(parseCell('engagementsPerPost', '-3', 'en')).toEqual({ ok: false, code: 'negative' });
  });

  it('takes a link with its https:// added, and refuses what is not one', () => {
    expect(parseCell('standoutUrl', 'instagram.com/p/abc', 'en')).toEqual({
      ok: true,
      value: 'https://instagram.com/p/abc',
    });
    expect(parseCell('standoutUrl', '', 'en')).toEqual({ ok: true, value: '' });
    expect(parseCell('standoutUrl', 'the reel of Tuesday', 'en')).toEqual({ ok: false, code: 'invalidUrl' });
    expect(parseCell('standoutNote', '  Humour  ', 'en')).toEqual({ ok: true, value: 'Humour' });
  });

  it('flags a follower count three times off the previous reading', () => {
    expect(followerWarning(reading({ followers: 1000 }), 3500)).toBe('followersJump');
    expect(followerWarning(reading({ followers: 1000 }), 300)).toBe('followersFall');
    expect(followerWarning(reading({ followers: 1000 }), 2900)).toBeNull();
    expect(followerWarning(null, 3500)).toBeNull();
    expect(followerWarning(reading(), 3500)).toBeNull();
  });
});

describe('the readings grid’s keys and paste', () => {
  const moveFrom = (pos: CellPos, move: Move, rows: number) => moveIn(readingsShape(rows), pos, move);

  it('moves like a spreadsheet: Tab on to the next row and out past the end, Enter down then on', () => {
    expect(moveFrom({ row: 0, col: 4 }, 'next', 2)).toEqual({ row: 1, col: 0 });
    expect(moveFrom({ row: 1, col: 4 }, 'next', 2)).toBeNull();
    expect(moveFrom({ row: 1, col: 2 }, 'downWrap', 2)).toEqual({ row: 0, col: 3 });
    expect(moveFrom({ row: 0, col: 0 }, 'up', 2)).toEqual({ row: 0, col: 0 });
    expect(moveFrom({ row: 0, col: 0 }, 'gridEnd', 3)).toEqual({ row: 2, col: 4 });
  });

  it('types over a cell with a character, edits it with Enter, undoes with Ctrl+Z', () => {
    const key = (k: string, mods: Partial<{ ctrlKey: boolean; shiftKey: boolean }> = {}) => ({
      key: k,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      ...mods,
    });
    expect(gridAction(key('7'), null)).toEqual({ kind: 'edit', text: '7' });
    expect(gridAction(key('Enter'), null)).toEqual({ kind: 'edit', text: null });
    expect(gridAction(key('z', { ctrlKey: true }), null)).toEqual({ kind: 'undo' });
    expect(gridAction(key('z', { ctrlKey: true, shiftKey: true }), null)).toEqual({ kind: 'redo' });
    expect(gridAction(key('ArrowLeft'), 'replace')).toEqual({ kind: 'commit', move: 'left' });
    expect(gridAction(key('ArrowLeft'), 'change')).toBeNull();
    // The page scrolls the grid: Page Up/Down are the page's, Ctrl+↓ steps a row.
    expect(gridAction(key('PageDown'), null, false)).toBeNull();
    expect(gridAction(key('ArrowDown', { ctrlKey: true }), null, false)).toEqual({
      kind: 'move',
      move: 'down',
    });
  });

  it('lays a pasted block from the focused cell, numbers and texts alike, one save row per account', () => {
    const rows = [row('a'), row('b')];
    const plan = planPaste('4 100\t3\t52,5\r\n980\t1\t\r\n', rows, { row: 0, col: 0 }, 'fr');
    expect(plan).toEqual({
      ok: true,
      cells: [
        { accountId: 'a', field: 'followers', value: 4100 },
        { accountId: 'a', field: 'posts', value: 3 },
        { accountId: 'a', field: 'engagementsPerPost', value: 52.5 },
        { accountId: 'b', field: 'followers', value: 980 },
        { accountId: 'b', field: 'posts', value: 1 },
        { accountId: 'b', field: 'engagementsPerPost', value: null },
      ],
    });
    if (!plan.ok) return;
    expect(rowsOf(plan.cells)).toEqual([
      { accountId: 'a', followers: 4100, posts: 3, engagementsPerPost: 52.5 },
      { accountId: 'b', followers: 980, posts: 1, engagementsPerPost: null },
    ]);
    expect(planPaste('https://x.com/p/1\tFunny', rows, { row: 1, col: 3 }, 'en')).toEqual({
      ok: true,
      cells: [
        { accountId: 'b', field: 'standoutUrl', value: 'https://x.com/p/1' },
        { accountId: 'b', field: 'standoutNote', value: 'Funny' },
      ],
    });
  });

  it('pastes nothing from a block that does not fit or does not read', () => {
    const rows = [row('a'), row('b')];
    expect(planPaste('1\t2\t3', rows, { row: 0, col: 3 }, 'en')).toEqual({
      ok: false,
      refusal: { code: 'tooWide', columns: 3, fit: 2 },
    });
    expect(planPaste('1\n2\n3', rows, { row: 0, col: 0 }, 'en')).toEqual({
      ok: false,
      refusal: { code: 'tooTall', rows: 3, fit: 2 },
    });
    expect(planPaste('12.4K', rows, { row: 1, col: 0 }, 'en')).toEqual({
      ok: false,
      refusal: { code: 'cell', row: 1, col: 0, value: '12.4K', issue: 'notANumber' },
    });
  });
});
