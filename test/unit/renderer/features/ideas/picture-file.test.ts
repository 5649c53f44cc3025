import { describe, expect, it } from 'vitest';
import {
  carriesFiles,
  pickedFile,
  pictureProblem,
} from '../../../../../renderer/features/ideas/picture-file.ts';

describe('an idea’s picture file', () => {
  it('is an image of 4 MB at most', () => {
    expect(pictureProblem({ type: 'image/png', size: 1000 })).toBeNull();
    expect(pictureProblem({ type: 'image/png', size: 4 * 1024 * 1024 + 1 })).toBe('tooBig');
    expect(pictureProblem({ type: 'video/mp4', size: 10 })).toBe('notImage');
    expect(pictureProblem({ type: '', size: 10 })).toBe('notImage');
  });

  it('is the first image of a drop, or the first file to say why not', () => {
    const pdf = new File(['x'], 'brief.pdf', { type: 'application/pdf' });
    const png = new File(['x'], 'mat.png', { type: 'image/png' });
    expect(pickedFile([pdf, png])).toBe(png);
    expect(pickedFile([pdf])).toBe(pdf);
    expect(pickedFile([])).toBeUndefined();
    expect(carriesFiles(['Files'])).toBe(true);
    expect(carriesFiles(['application/x-calepin-idea'])).toBe(false);
  });
});
