import { describe, expect, it } from 'vitest';
import {
  type Edit,
  type EditHistory,
  EMPTY_HISTORY,
  HISTORY_LIMIT,
  recordEdit,
  redoLast,
  undoLast,
} from '../../../../../renderer/common/grid/edit-history.ts';
import { gridAction } from '../../../../../renderer/common/grid/grid-keys.ts';
import {
  type CellPos,
  clampPos as clampIn,
  type Move,
  moveFrom as moveIn,
  nextRowAt as nextRowIn,
} from '../../../../../renderer/common/grid/grid-moves.ts';
import {
  type CellChange,
  gridShape,
  type HiddenMetrics,
} from '../../../../../renderer/features/metrics/grid-model.ts';
import { planPaste } from '../../../../../renderer/features/metrics/paste-plan.ts';
import {
  EMPTY_METRICS,
  METRICS,
  type Metric,
  type MetricsRow,
} from '../../../../../shared/domain/metrics.ts';
import type { PostFormat } from '../../../../../shared/domain/post.ts';

const post = (i: number, format: PostFormat = 'image', paid = false): MetricsRow => ({
  postId: `p${i}`,
  channelId: 'c',
  network: 'instagram',
  channelHandle: '@a',
  date: '2026-11-23',
  time: '09:00',
  format,
  paid,
  caption: '',
  values: EMPTY_METRICS,
  takenOn: null,
  followers: null,
});
const col = (m: (typeof METRICS)[number]) => METRICS.indexOf(m);

// The Numbers grid's moves: over its posts, past the cells that do not apply and the hidden columns.
const moveFrom = (rows: MetricsRow[], pos: CellPos, move: Move, page?: number, hidden?: HiddenMetrics) =>
  moveIn(gridShape(rows, hidden), pos, move, page);
const nextRowAt = (rows: MetricsRow[], pos: CellPos, startCol: number) =>
  nextRowIn(gridShape(rows), pos, startCol);
const clampPos = (rows: MetricsRow[], pos: CellPos) => clampIn(gridShape(rows), pos);

describe('moving in the grid', () => {
  const rows = [post(0, 'story'), post(1), post(2), post(3, 'story', true), post(4)];

  it('pages down to the nearest row that has the column', () => {
    expect(moveFrom(rows, { row: 0, col: col('storyExits') }, 'pageDown', 2)).toEqual({
      row: 0,
      col: col('storyExits'),
    });
    expect(moveFrom(rows, { row: 0, col: col('storyExits') }, 'pageDown', 3)).toEqual({
      row: 3,
      col: col('storyExits'),
    });
    expect(moveFrom(rows, { row: 1, col: 0 }, 'pageDown', 10)).toEqual({ row: 4, col: 0 });
  });

  it('jumps to the ends of a column over the rows that lack it', () => {
    expect(moveFrom(rows, { row: 3, col: col('storyReplies') }, 'columnStart')).toEqual({
      row: 0,
      col: col('storyReplies'),
    });
    expect(moveFrom(rows, { row: 3, col: col('spend') }, 'columnStart')).toEqual({
      row: 3,
      col: col('spend'),
    });
  });

  it('lets Tab leave the grid after its last cell, and Shift+Tab before its first', () => {
    expect(moveFrom(rows, { row: 4, col: col('videoViews') }, 'next')).toBeNull();
    expect(moveFrom(rows, { row: 0, col: 0 }, 'previous')).toBeNull();
    expect(moveFrom(rows, { row: 2, col: 0 }, 'previous')).toEqual({ row: 1, col: col('videoViews') });
  });

  it('keeps the focus on a real cell when the rows change under it', () => {
    expect(clampPos(rows.slice(0, 2), { row: 3, col: col('spend') })).toEqual({
      row: 1,
      col: col('videoViews'),
    });
    expect(clampPos([], { row: 3, col: 4 })).toEqual({ row: 0, col: 0 });
  });
});

describe('planning a paste', () => {
  const rows = [post(0), post(1)];

  it('counts the widest row when spreadsheet rows are ragged', () => {
    const plan = planPaste('1\n2\t3', rows, { row: 0, col: 0 }, 'en');
    expect(plan).toEqual({
      ok: true,
      cells: [
        { postId: 'p0', metric: 'impressions', value: 1 },
        { postId: 'p1', metric: 'impressions', value: 2 },
        { postId: 'p1', metric: 'reach', value: 3 },
      ],
    });
  });

  it('clears a cell pasted blank, reads quoted cells, and refuses a whole sheet', () => {
    expect(planPaste('"1 234"\t', rows, { row: 0, col: 0 }, 'fr')).toEqual({
      ok: true,
      cells: [
        { postId: 'p0', metric: 'impressions', value: 1234 },
        { postId: 'p0', metric: 'reach', value: null },
      ],
    });
    const sheet = Array.from({ length: 2001 }, () => '1\t1\t1\t1\t1\t1\t1\t1\t1\t1').join('\n');
    expect(planPaste(sheet, rows, { row: 0, col: 0 }, 'en')).toEqual({
      ok: false,
      refusal: { code: 'tooManyCells' },
    });
  });

  it('names the first bad cell in reading order', () => {
    expect(planPaste('1\t-5\nx\t2', rows, { row: 0, col: 2 }, 'en')).toEqual({
      ok: false,
      refusal: { code: 'cell', row: 0, col: 3, value: '-5', issue: 'negative' },
    });
  });

  it('reads money by the language: "1,234" is a thousand euros in English, too precise in French', () => {
    const paid = [post(0, 'image', true)];
    const at = { row: 0, col: col('spend') };
    expect(planPaste('1,234', paid, at, 'en')).toMatchObject({ ok: true, cells: [{ value: 123400 }] });
    expect(planPaste('1,234', paid, at, 'fr')).toMatchObject({ ok: false, refusal: { issue: 'tooPrecise' } });
  });
});

describe('the edit history', () => {
  const edit = (n: number): Edit<CellChange> => ({
    on: '2026-11-23',
    before: [{ postId: 'p', metric: 'reach', value: n - 1 }],
    after: [{ postId: 'p', metric: 'reach', value: n }],
  });

  it('forgets what was undone once something new is typed', () => {
    let h = recordEdit(recordEdit(EMPTY_HISTORY, edit(1)), edit(2));
    h = undoLast(h)?.history ?? h;
    expect(redoLast(h)?.edit).toEqual(edit(2));
    h = recordEdit(h, edit(3));
    expect(redoLast(h)).toBeNull();
    expect(undoLast(h)?.edit).toEqual(edit(3));
  });

  it('keeps the last hundred edits', () => {
    let h: EditHistory<CellChange> = EMPTY_HISTORY;
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) h = recordEdit(h, edit(i));
    expect(h.done).toHaveLength(HISTORY_LIMIT);
    expect(h.done[0]).toEqual(edit(6));
  });
});

/** A client that logs only the first six numbers. */
const notLogged = new Set<Metric>(['linkClicks', 'profileVisits', 'videoViews']);
const key = (k: string, shiftKey = false) => ({
  key: k,
  shiftKey,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
});

describe('Enter and Tab at the ends of a row or a column', () => {
  const rows = [post(0), post(1), post(2)];
  it('keeps a typed value with Enter and goes down, or up with Shift', () => {
    expect(gridAction(key('Enter'), 'replace')).toEqual({ kind: 'commit', move: 'downWrap' });
    expect(gridAction(key('Enter', true), 'replace')).toEqual({ kind: 'commit', move: 'upWrap' });
  });

  it('goes down a column, then from its last post to the top of the next one', () => {
    expect(moveFrom(rows, { row: 0, col: 0 }, 'downWrap')).toEqual({ row: 1, col: 0 });
    expect(moveFrom(rows, { row: 2, col: 0 }, 'downWrap')).toEqual({ row: 0, col: 1 });
    expect(moveFrom(rows, { row: 0, col: 1 }, 'upWrap')).toEqual({ row: 2, col: 0 });
    // Story metrics do not apply to these posts: from the video views, on to spend? Not paid either: stays.
    expect(moveFrom(rows, { row: 2, col: col('videoViews') }, 'downWrap')).toEqual({
      row: 2,
      col: col('videoViews'),
    });
  });

  it('after a run of Tab, Enter starts the next post in the column the run began in', () => {
    expect(nextRowAt(rows, { row: 0, col: col('saves') }, 0)).toEqual({ row: 1, col: 0 });
    expect(nextRowAt(rows, { row: 1, col: col('saves') }, col('reach'))).toEqual({ row: 2, col: 1 });
    expect(nextRowAt(rows, { row: 2, col: col('saves') }, 0)).toBeNull();
  });

  it('skips the hidden columns: Tab after the last one shown goes to the next post', () => {
    expect(moveFrom(rows, { row: 0, col: col('saves') }, 'next')).toEqual({ row: 0, col: col('linkClicks') });
    expect(moveFrom(rows, { row: 0, col: col('saves') }, 'next', 10, notLogged)).toEqual({ row: 1, col: 0 });
    expect(moveFrom(rows, { row: 1, col: 0 }, 'previous', 10, notLogged)).toEqual({
      row: 0,
      col: col('saves'),
    });
    expect(moveFrom(rows, { row: 2, col: col('saves') }, 'downWrap', 10, notLogged)).toEqual({
      row: 2,
      col: col('saves'),
    });
  });

  it('pastes a block over the columns shown, past the hidden ones', () => {
    const hidden = new Set<Metric>(['reach']);
    const plan = planPaste('100\t5', rows, { row: 0, col: 0 }, 'en', hidden);
    expect(plan).toEqual({
      ok: true,
      cells: [
        { postId: 'p0', metric: 'impressions', value: 100 },
        { postId: 'p0', metric: 'reactions', value: 5 },
      ],
    });
    const last = METRICS.length - 1;
    expect(
      planPaste('1\t2', rows, { row: 0, col: last - 1 }, 'en', new Set<Metric>([METRICS[last] as Metric])),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'tooWide', columns: 2, fit: 1 },
    });
  });
});
