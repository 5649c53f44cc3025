import { describe, expect, it } from 'vitest';
import { checkCaption, overLimit } from '../../../../shared/caption/check.ts';
import { URL_WEIGHT, weightedLength } from '../../../../shared/caption/weighted-length.ts';

describe("X's weighted length", () => {
  it('counts Latin text, accents included, one per character', () => {
    expect(weightedLength('Pain au levain, sorti du four à 7 h !')).toBe(37);
  });

  it('counts CJK characters two each', () => {
    expect(weightedLength('パン屋')).toBe(6);
    expect(weightedLength('面包 bread')).toBe(10);
  });

  it('counts an emoji two, even when it is built of several code points', () => {
    expect(weightedLength('🥐')).toBe(2);
    expect(weightedLength('👩‍👩‍👧')).toBe(2);
    expect(weightedLength('🇫🇷')).toBe(2);
    expect(weightedLength('Bon appétit 🥖🥐')).toBe(16);
  });

  it('counts every URL 23, however long', () => {
    expect(weightedLength('https://boulangerie-martin.fr/blog/2026/11/le-pain-de-la-semaine')).toBe(
      URL_WEIGHT,
    );
    expect(weightedLength('Voir https://x.co et boulangerie-martin.fr')).toBe(5 + 23 + 4 + 23);
  });
});

describe('checkCaption against the network catalogue', () => {
  it('warns with the remaining count when an X post is over 280, without cutting anything', () => {
    const caption = `${'a'.repeat(270)} 🥐🥐🥐🥐🥐`;
    const [length] = checkCaption('x', caption);
    expect(length).toEqual({ kind: 'length', used: 281, max: 280, remaining: -1 });
    expect(overLimit(checkCaption('x', caption))).toHaveLength(1);
  });

  it("counts Instagram's hashtags against its limit of 5", () => {
    const caption = 'Nouveau ! #pain #levain #boulangerie #paris #artisan #bio';
    expect(checkCaption('instagram', caption).find((c) => c.kind === 'hashtags')).toEqual({
      kind: 'hashtags',
      used: 6,
      max: 5,
      remaining: -1,
    });
  });

  it('does not take a URL fragment or an HTML entity for a hashtag', () => {
    const caption = 'Voir https://boulangerie-martin.fr/#horaires &#39; et #pain';
    expect(checkCaption('instagram', caption).find((c) => c.kind === 'hashtags')?.used).toBe(1);
  });

  it('holds Threads to 500 characters, 5 links and one topic tag', () => {
    const links = Array.from({ length: 6 }, (_, i) => `https://exemple.fr/${i}`).join(' ');
    const checks = checkCaption('threads', `${links} #pain #levain`);
    expect(checks.find((c) => c.kind === 'links')).toMatchObject({ used: 6, max: 5, remaining: -1 });
    expect(checks.find((c) => c.kind === 'topicTags')).toMatchObject({ used: 2, max: 1, remaining: -1 });
    expect(checks.find((c) => c.kind === 'length')?.max).toBe(500);
  });

  it('counts a decomposed accent as the one character the user sees', () => {
    const decomposed = 'Cafe\u0301';
    expect(checkCaption('linkedin', decomposed)[0]).toMatchObject({ used: 4, max: 3000, remaining: 2996 });
  });

  it('has nothing to say for a network without limits', () => {
    expect(checkCaption('forum', 'x'.repeat(100_000))).toEqual([]);
  });
});
