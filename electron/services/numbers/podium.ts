/** A post rated by the dashboard, in the calendar's place it came from. */
export interface Rated {
  seq: number;
  channelId: string;
  /** Day number and instant: equal rates keep the calendar's order. */
  day: number;
  at: number;
  date: string;
  followers: number | null;
  rate: number;
}

/** Negative when `a` ranks before `b`: higher rate first, then the calendar's order. */
const ahead = (a: Rated, b: Rated) => b.rate - a.rate || a.day - b.day || a.at - b.at || a.seq - b.seq;

/** Puts `item` in its place in `list`, sorted by `order`, keeping at most `size` items. */
function place(list: Rated[], item: Rated, size: number, order: (a: Rated, b: Rated) => number) {
  const last = list[list.length - 1];
  if (list.length === size && last && order(item, last) >= 0) return;
  let i = list.length;
  while (i > 0 && order(item, list[i - 1] as Rated) < 0) i--;
  list.splice(i, 0, item);
  if (list.length > size) list.pop();
}

/**
 * The best and the worst few by engagement rate, kept as the posts come: a year holds thousands of
 * rated posts, and sorting them all to show ten cost more than the rest of the ranking.
 */
export function podium(size: number) {
  const best: Rated[] = [];
  const worst: Rated[] = [];
  let count = 0;
  return {
    add(item: Rated) {
      count += 1;
      place(best, item, size * 2, ahead);
      place(worst, item, size, (a, b) => ahead(b, a));
    },
    /**
     * Up to `2 × size` posts, they are all in `top`, best first, and `bottom` is empty: two lists of
     * four and none would say "no post" beside four posts. Beyond, the best and the worst `size`.
     */
    result(): { top: Rated[]; bottom: Rated[] } {
      if (count <= size * 2) return { top: best, bottom: [] };
      return { top: best.slice(0, size), bottom: worst };
    },
  };
}
