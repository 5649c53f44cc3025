import type { Subject, WatchedTerm } from '../domain/mention-subject.ts';
import { foldWord } from '../imports/fold.ts';

/** What a mention's text is compared with: the user's watched terms, and the names and handles already known. */
export interface SubjectHints {
  clientName: string;
  /** The client's channel handles. */
  handles: readonly string[];
  competitors: readonly { id: string; name: string; handles: readonly string[] }[];
  terms: readonly WatchedTerm[];
}

interface Needle {
  words: string;
  subject: Subject;
}

const bare = (handle: string) => handle.replace(/^@+/, '');

/** Word characters: a term is found only as whole words ("Page" is not in "Pageant"). */
const WORD = /[\p{L}\p{N}_]/u;

/** Where a needle starts in the haystack as whole words. */
function occurrences(haystack: string, needle: string): number[] {
  if (needle === '') return [];
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    const startsWord = WORD.test(needle[0] as string);
    const endsWord = WORD.test(needle.at(-1) as string);
    if (
      (!startsWord || before === undefined || !WORD.test(before)) &&
      (!endsWord || after === undefined || !WORD.test(after))
    )
      found.push(at);
  }
  return found;
}

/**
 * The subject a mention is most likely about: the one whose terms, names or handles its text names
 * most often, accents and case ignored; on a tie the client's brand, then its competitors in order,
 * then the topics. Null when the text names none: the user chooses.
 */
export function suggestSubject(text: string, hints: SubjectHints): Subject | null {
  const haystack = foldWord(text);
  if (haystack === '') return null;
  const needles: Needle[] = [
    ...hints.terms
      .filter((t) => t.subject.kind === 'brand')
      .map((t) => ({ words: t.term, subject: t.subject })),
    { words: hints.clientName, subject: { kind: 'brand' } },
    ...hints.handles.map((h) => ({ words: bare(h), subject: { kind: 'brand' } as const })),
  ];
  for (const c of hints.competitors) {
    const subject: Subject = { kind: 'competitor', competitorId: c.id };
    needles.push(
      { words: c.name, subject },
      ...c.handles.map((h) => ({ words: bare(h), subject })),
      ...hints.terms
        .filter((t) => t.subject.kind === 'competitor' && t.subject.competitorId === c.id)
        .map((t) => ({ words: t.term, subject })),
    );
  }
  needles.push(
    ...hints.terms
      .filter((t) => t.subject.kind === 'topic')
      .map((t) => ({ words: t.term, subject: t.subject })),
  );
  // Needles come subject by subject in the order of preference, so the tally's order breaks ties.
  // A name and a handle spelled alike find the same words: each place in the text counts once.
  const tally = new Map<Subject, Set<number>>();
  for (const needle of needles) {
    const hits = occurrences(haystack, foldWord(needle.words));
    if (hits.length === 0) continue;
    const key = [...tally.keys()].find((s) => sameSubject(s, needle.subject)) ?? needle.subject;
    const places = tally.get(key) ?? new Set<number>();
    for (const at of hits) places.add(at);
    tally.set(key, places);
  }
  let best: { subject: Subject; hits: number } | null = null;
  for (const [subject, places] of tally)
    if (best === null || places.size > best.hits) best = { subject, hits: places.size };
  return best?.subject ?? null;
}

function sameSubject(a: Subject, b: Subject): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'competitor' && b.kind === 'competitor') return a.competitorId === b.competitorId;
  if (a.kind === 'topic' && b.kind === 'topic') return foldWord(a.topic) === foldWord(b.topic);
  return true;
}
