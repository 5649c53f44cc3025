import type { Expert } from '../../../shared/domain/expert.ts';

export interface TopicGroup {
  /** '' for the experts with no topic, listed last. */
  topic: string;
  experts: Expert[];
}

const topicKey = (topic: string) => topic.trim().toLocaleLowerCase('fr');

/**
 * The experts grouped by topic, the topics in alphabetical order (without case: "SEO" and "seo"
 * are one topic, spelled as its first expert spells it), those without one last; names sorted.
 */
export function byTopic(experts: readonly Expert[], language: string): TopicGroup[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const groups = new Map<string, TopicGroup>();
  for (const expert of experts) {
    const key = topicKey(expert.topic);
    const group = groups.get(key) ?? { topic: expert.topic.trim(), experts: [] };
    group.experts.push(expert);
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort((a, b) =>
    a.topic === '' ? 1 : b.topic === '' ? -1 : collator.compare(a.topic, b.topic),
  );
  for (const group of sorted) group.experts.sort((a, b) => collator.compare(a.name, b.name));
  return sorted;
}

/** The topics in use, for the topic field's suggestions. */
export const knownTopics = (experts: readonly Expert[], language: string): string[] =>
  byTopic(experts, language)
    .map((g) => g.topic)
    .filter((t) => t !== '');

/** Experts whose name, topic or reason holds every word typed, accents and case ignored. */
export function matchExperts(experts: readonly Expert[], search: string): Expert[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');
  const words = fold(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...experts];
  return experts.filter((e) => {
    const text = fold(`${e.name} ${e.topic} ${e.why} ${e.url}`);
    return words.every((w) => text.includes(w));
  });
}
