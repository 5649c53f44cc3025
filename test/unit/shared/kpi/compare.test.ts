import { describe, expect, it } from 'vitest';
import { EMPTY_METRICS } from '../../../../shared/domain/metrics.ts';
import { addsUpOverPosts, perPost, postsBehind, postsDiffer } from '../../../../shared/kpi/compare.ts';
import { followerJump } from '../../../../shared/kpi/plausibility.ts';
import { totalsOf } from '../../../../shared/kpi/totals.ts';

describe('periods that differ a lot in posts', () => {
  it('flags 1 post against 4 and 3 against 6', () => {
    expect(postsDiffer(1, 4)).toBe(true);
    expect(postsDiffer(4, 1)).toBe(true);
    expect(postsDiffer(3, 6)).toBe(true);
  });

  it('says nothing when a period has no post: there is no change to put it beside', () => {
    expect(postsDiffer(0, 3)).toBe(false);
    expect(postsDiffer(5, 0)).toBe(false);
  });

  it('leaves alike periods alone: 4 against 5, 1 against 2, 10 against 13', () => {
    expect(postsDiffer(4, 5)).toBe(false);
    expect(postsDiffer(1, 2)).toBe(false);
    expect(postsDiffer(10, 13)).toBe(false);
    expect(postsDiffer(0, 0)).toBe(false);
  });

  it('divides totals, not rates, by the posts', () => {
    expect(addsUpOverPosts('reach')).toBe(true);
    expect(addsUpOverPosts('spend')).toBe(true);
    expect(addsUpOverPosts('engagementRateReach')).toBe(false);
    expect(addsUpOverPosts('followers')).toBe(false);
    // 3,400 reached over 4 posts: 850 a post.
    expect(perPost({ value: 3400 }, 4)).toEqual({ value: 850 });
    expect(perPost({ value: 0 }, 0)).toEqual({ value: null, reason: 'zero', term: 'posts' });
    expect(perPost({ value: null, reason: 'noData', term: 'reach' }, 4)).toEqual({
      value: null,
      reason: 'noData',
      term: 'reach',
    });
  });
});

describe('per post, each total is divided by the posts that logged it', () => {
  const values = (reach: number | null) => ({ ...EMPTY_METRICS, reach });
  it('four posts, two with reach logged: reach per post is over those two', () => {
    const totals = totalsOf([
      { format: 'image', paid: false, values: values(1000), followers: null },
      { format: 'image', paid: false, values: values(3000), followers: null },
      { format: 'image', paid: false, values: values(null), followers: null },
      { format: 'story', paid: false, values: values(null), followers: null },
    ]);
    expect(totals.posts).toBe(4);
    expect(postsBehind('reach', totals)).toBe(2);
    expect(totals.sums.reach).toBe(4000);
    expect(perPost({ value: 4000 }, postsBehind('reach', totals))).toEqual({ value: 2000 });
    // Spend is over paid posts only: none here.
    expect(postsBehind('spend', totals)).toBe(0);
  });
});

describe('a follower count that jumps or falls threefold', () => {
  it('warns above three times the previous count and under a third of it', () => {
    expect(followerJump(2000, 6001)).toBe('followersJump');
    expect(followerJump(2000, 20_000)).toBe('followersJump');
    expect(followerJump(2000, 666)).toBe('followersFall');
    expect(followerJump(2000, 0)).toBe('followersFall');
  });

  it('takes a threefold change itself, ordinary growth and a first count from nothing as plausible', () => {
    expect(followerJump(2000, 6000)).toBeNull();
    expect(followerJump(2000, 667)).toBeNull();
    expect(followerJump(2000, 2150)).toBeNull();
    expect(followerJump(0, 150)).toBeNull();
  });
});
