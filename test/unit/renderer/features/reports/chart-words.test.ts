import { fr } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { xLabels } from '../../../../../renderer/features/reports/document/chart-words.ts';
import { addMonths } from '../../../../../shared/calendar/dates.ts';

describe('the dates under a report chart', () => {
  it('writes four months of a year, so their longer names never run into each other', () => {
    const months = Array.from({ length: 12 }, (_, i) => addMonths('2025-11-01', i));
    expect(xLabels(months, 'month', fr).filter((l) => l !== '')).toEqual([
      'nov. 2025',
      'févr. 2026',
      'mai 2026',
      'août 2026',
    ]);
  });

  it('writes six days of a month', () => {
    const days = Array.from({ length: 31 }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}`);
    expect(xLabels(days, 'day', fr).filter((l) => l !== '')).toEqual([
      '1 oct.',
      '7 oct.',
      '13 oct.',
      '19 oct.',
      '25 oct.',
      '31 oct.',
    ]);
  });
});
