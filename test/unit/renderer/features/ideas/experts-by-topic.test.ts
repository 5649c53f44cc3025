import { describe, expect, it } from 'vitest';
import {
  byTopic,
  knownTopics,
  matchExperts,
} from '../../../../../renderer/features/ideas/experts-by-topic.ts';
import type { Expert } from '../../../../../shared/domain/expert.ts';

let n = 0;
const expert = (name: string, topic: string, why = ''): Expert => {
  n += 1;
  return {
    id: `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    name,
    topic,
    network: null,
    url: '',
    why,
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
  };
};

const experts = [
  expert('Zoé', 'Reels'),
  expert('Later blog', 'reels ', 'Tests new formats first'),
  expert('Élodie', 'Écriture B2B'),
  expert('Anyone', ''),
  expert('Andrea', 'Écriture B2B'),
];

describe('experts by topic', () => {
  it('groups topics without case, in alphabetical order, those without one last', () => {
    const groups = byTopic(experts, 'fr');
    expect(groups.map((g) => g.topic)).toEqual(['Écriture B2B', 'Reels', '']);
    expect(groups[0]?.experts.map((e) => e.name)).toEqual(['Andrea', 'Élodie']);
    expect(groups[1]?.experts.map((e) => e.name)).toEqual(['Later blog', 'Zoé']);
    expect(knownTopics(experts, 'fr')).toEqual(['Écriture B2B', 'Reels']);
  });

  it('finds an expert by any word of its name, topic or reason, accents ignored', () => {
    expect(matchExperts(experts, 'ecriture').map((e) => e.name)).toEqual(['Élodie', 'Andrea']);
    expect(matchExperts(experts, 'FORMATS later').map((e) => e.name)).toEqual(['Later blog']);
    expect(matchExperts(experts, '  ')).toHaveLength(5);
  });
});
