import { describe, expect, it } from 'vitest';
import { gridTracks } from '../../../../renderer/ui/table-tracks.ts';

describe('the columns of a virtualised table', () => {
  it('gives fixed, bounded and filling columns their tracks, and sums the least width', () => {
    expect(gridTracks([{ min: 2.75, max: 2.75 }, { min: 11, max: 13 }, { min: 14 }, undefined])).toEqual({
      columns: '2.75rem minmax(11rem, 13rem) minmax(14rem, 1fr) minmax(6rem, 1fr)',
      minWidth: '33.75rem',
    });
  });
});
