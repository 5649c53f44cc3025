import type { Benchmark } from '../../../shared/domain/benchmark.ts';
import type { BenchmarkRow } from '../../../shared/listening/benchmark-values.ts';

/** Who an account belongs to: the client, or one of its competitors. */
export interface Owner {
  name: string;
  color: string;
}

export function ownerOf(benchmark: Benchmark, row: BenchmarkRow): Owner {
  if (row.isClient) return { name: benchmark.clientName, color: benchmark.clientColor };
  const c = benchmark.competitors.find((x) => x.id === row.entry.ownerId);
  return { name: c?.name ?? '', color: c?.color ?? 'var(--text-muted)' };
}
