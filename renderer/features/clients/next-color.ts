import { CLIENT_COLORS } from '../../../shared/domain/client.ts';

/** The first palette colour no client wears yet, so clients stay apart at a glance; cycles when all are taken. */
export function nextColor(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toUpperCase()));
  const free = CLIENT_COLORS.find((c) => !taken.has(c));
  return free ?? CLIENT_COLORS[used.length % CLIENT_COLORS.length] ?? CLIENT_COLORS[0];
}
