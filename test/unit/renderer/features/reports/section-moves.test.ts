import { describe, expect, it } from 'vitest';
import {
  moveSection,
  sameSections,
  switchSection,
} from '../../../../../renderer/features/reports/section-moves.ts';
import { DEFAULT_SECTIONS, REPORT_SECTIONS } from '../../../../../shared/domain/report.ts';

const ids = (sections: readonly { id: string }[]) => sections.map((s) => s.id);

describe('moving a section', () => {
  it('swaps it with its neighbour, up or down', () => {
    const up = moveSection(DEFAULT_SECTIONS, 'figures', -1);
    expect(ids(up).slice(0, 4)).toEqual(['cover', 'figures', 'summary', 'charts']);
    const down = moveSection(DEFAULT_SECTIONS, 'figures', 1);
    expect(ids(down).slice(0, 4)).toEqual(['cover', 'summary', 'charts', 'figures']);
  });

  it('keeps every section once, switches and all', () => {
    const moved = moveSection(switchSection(DEFAULT_SECTIONS, 'voice', false), 'voice', -1);
    expect([...ids(moved)].sort()).toEqual([...REPORT_SECTIONS].sort());
    expect(moved.find((s) => s.id === 'voice')?.on).toBe(false);
  });

  it('leaves the list as it is at either end', () => {
    expect(moveSection(DEFAULT_SECTIONS, 'cover', -1)).toBe(DEFAULT_SECTIONS);
    expect(moveSection(DEFAULT_SECTIONS, 'recommendations', 1)).toBe(DEFAULT_SECTIONS);
  });

  it('is told apart from the order before', () => {
    expect(sameSections(DEFAULT_SECTIONS, [...DEFAULT_SECTIONS])).toBe(true);
    expect(sameSections(DEFAULT_SECTIONS, moveSection(DEFAULT_SECTIONS, 'plan', 1))).toBe(false);
    expect(sameSections(DEFAULT_SECTIONS, switchSection(DEFAULT_SECTIONS, 'plan', false))).toBe(false);
  });
});

describe('switching a section', () => {
  it('turns only that one off and back on, in place', () => {
    const off = switchSection(DEFAULT_SECTIONS, 'benchmark', false);
    expect(off.filter((s) => !s.on).map((s) => s.id)).toEqual(['benchmark']);
    expect(ids(off)).toEqual(ids(DEFAULT_SECTIONS));
    expect(switchSection(off, 'benchmark', true)).toEqual(DEFAULT_SECTIONS);
  });
});
