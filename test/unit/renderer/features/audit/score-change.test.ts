import { describe, expect, it } from 'vitest';
import {
  changesFromBefore,
  formatDelta,
  meanScore,
  scoreChange,
} from '../../../../../renderer/features/audit/score-change.ts';

describe('a score’s change from one audit to the next', () => {
  it('is better up, worse down, the same when equal, and nothing when either is not scored', () => {
    expect(scoreChange(4, 2)).toEqual({ delta: 2, tone: 'good' });
    expect(scoreChange(2, 3)).toEqual({ delta: -1, tone: 'bad' });
    expect(scoreChange(3, 3)).toEqual({ delta: 0, tone: 'same' });
    expect(scoreChange(null, 3)).toBeNull();
    expect(scoreChange(3, null)).toBeNull();
  });

  it('is written with its sign, a true minus, and ± for none', () => {
    expect(formatDelta(2, 'en')).toBe('+2');
    expect(formatDelta(-1, 'fr')).toBe('\u22121');
    expect(formatDelta(0, 'en')).toBe('±0');
    expect(formatDelta(1.2, 'fr')).toBe('+1,2');
  });

  it('compares each audit of a list, newest first, with the one below it', () => {
    const changes = changesFromBefore([
      [4, null, 3, 5, 2, 1],
      [2, 3, 3, null, 4, 1],
      [1, 1, 1, 1, 1, 1],
    ]);
    expect(changes[0]).toEqual([
      { delta: 2, tone: 'good' },
      null,
      { delta: 0, tone: 'same' },
      null,
      { delta: -2, tone: 'bad' },
      { delta: 0, tone: 'same' },
    ]);
    expect(changes[1]?.[0]).toEqual({ delta: 1, tone: 'good' });
    // The oldest has nothing before it.
    expect(changes[2]).toEqual([null, null, null, null, null, null]);
  });

  it('averages the scores given, to a decimal', () => {
    expect(meanScore([4, null, 3, 5, null, null])).toBe(4);
    expect(meanScore([2, 3, 4, 5, 1, 2])).toBe(2.8);
    expect(meanScore([null, null])).toBeNull();
  });
});
