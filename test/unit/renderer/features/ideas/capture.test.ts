import { describe, expect, it } from 'vitest';
import { checkCapture } from '../../../../../renderer/features/ideas/capture.ts';

describe('a capture line', () => {
  it('saves the title trimmed', () => {
    expect(checkCapture('  Café yoga  ')).toEqual({ ok: true, title: 'Café yoga' });
  });
  it('waits while empty', () => {
    expect(checkCapture('   ')).toEqual({ ok: false, reason: 'empty' });
  });
  it('says the limit and the length over 200 characters', () => {
    expect(checkCapture('x'.repeat(200)).ok).toBe(true);
    expect(checkCapture(`${'x'.repeat(201)}  `)).toEqual({
      ok: false,
      reason: 'tooLong',
      count: 201,
      max: 200,
    });
  });
});
