import type { ReportSection, ReportSectionId } from '../../../shared/domain/report.ts';

/** A section moved one place up (-1) or down (1); the same list when it is already at that end. */
export function moveSection(
  sections: readonly ReportSection[],
  id: ReportSectionId,
  by: -1 | 1,
): readonly ReportSection[] {
  const at = sections.findIndex((s) => s.id === id);
  const to = at + by;
  if (at < 0 || to < 0 || to >= sections.length) return sections;
  const next = [...sections];
  const [moved] = next.splice(at, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

/** A section switched on or off, in place. */
export const switchSection = (
  sections: readonly ReportSection[],
  id: ReportSectionId,
  on: boolean,
): readonly ReportSection[] => sections.map((s) => (s.id === id ? { ...s, on } : s));

/** Whether two orders and switches are the same. */
export const sameSections = (a: readonly ReportSection[], b: readonly ReportSection[]): boolean =>
  a.length === b.length && a.every((s, i) => s.id === b[i]?.id && s.on === b[i]?.on);
