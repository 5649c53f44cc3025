import { z } from 'zod';
import { Id, label } from './fields.ts';
import { TAG_MAX } from './tags.ts';

/**
 * Whom a mention is about: the client's own brand, one of its competitors, or a topic the client
 * watches ("#painaulevain", "croissant vegan"). Share of voice counts the first two.
 */
export type Subject =
  | { kind: 'brand' }
  | { kind: 'competitor'; competitorId: string }
  | { kind: 'topic'; topic: string };

export const SUBJECT_KINDS = ['brand', 'competitor', 'topic'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const SubjectSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('brand') }),
    z.strictObject({ kind: z.literal('competitor'), competitorId: Id }),
    z.strictObject({ kind: z.literal('topic'), topic: label(TAG_MAX) }),
  ],
  { message: 'invalidChoice' },
);

/** One key per subject, for a select's value and for grouping: `brand`, `competitor:<id>`, `topic:<name>`. */
export function subjectKey(s: Subject): string {
  if (s.kind === 'brand') return 'brand';
  if (s.kind === 'competitor') return `competitor:${s.competitorId}`;
  return `topic:${s.topic.toLocaleLowerCase('fr')}`;
}

/** A word or hashtag to look for in a mention's text, and the subject it points to. */
export interface WatchedTerm {
  id: string;
  term: string;
  subject: Subject;
}

export const TERMS_MAX = 200;

export const WatchedTermsSave = z.strictObject({
  clientId: Id,
  /** The whole list, in order: terms left out are removed. */
  terms: z
    .array(z.strictObject({ term: label(TAG_MAX), subject: SubjectSchema }))
    .max(TERMS_MAX)
    .superRefine((terms, ctx) => {
      const seen = new Set<string>();
      terms.forEach((t, i) => {
        const key = t.term.toLocaleLowerCase('fr');
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'term'], message: 'duplicateTerm' });
        seen.add(key);
      });
    }),
});
export type WatchedTermsSave = z.input<typeof WatchedTermsSave>;
