import type { BenchmarkFigures } from '../../../shared/domain/benchmark.ts';

/** An account's figures over one period of a benchmark: nothing read, unless a test says what was. */
export const benchmarkFigures = (over: Partial<BenchmarkFigures> = {}): BenchmarkFigures => ({
  followers: null,
  growthStart: null,
  growthEnd: null,
  posts: null,
  engagements: null,
  engagementPosts: 0,
  ...over,
});
