import { describe, expect, it } from 'vitest';
import { type SubjectHints, suggestSubject } from '../../../../shared/listening/suggest-subject.ts';

const hints: SubjectHints = {
  clientName: 'Page Blanche',
  handles: ['@pageblanche.bxl'],
  competitors: [
    { id: 'c1', name: 'Filigranes', handles: ['@filigranes'] },
    { id: 'c2', name: 'Tropismes', handles: [] },
  ],
  terms: [
    { id: 't1', term: 'Café lecture', subject: { kind: 'brand' } },
    { id: 't2', term: '#bookstagram', subject: { kind: 'topic', topic: 'Bookstagram' } },
    { id: 't3', term: 'Fili', subject: { kind: 'competitor', competitorId: 'c1' } },
  ],
};

describe('suggestSubject', () => {
  it('finds the client by name, handle or brand term, accents and case ignored', () => {
    expect(suggestSubject('Super soirée chez PAGE BLANCHE', hints)).toEqual({ kind: 'brand' });
    expect(suggestSubject('merci @pageblanche.bxl', hints)).toEqual({ kind: 'brand' });
    expect(suggestSubject('Le cafe LECTURE du jeudi', hints)).toEqual({ kind: 'brand' });
  });

  it('finds a competitor by name, handle or its own term, as whole words only', () => {
    expect(suggestSubject('Commande perdue chez Filigranes', hints)).toEqual({
      kind: 'competitor',
      competitorId: 'c1',
    });
    expect(suggestSubject('vu chez fili hier', hints)).toEqual({ kind: 'competitor', competitorId: 'c1' });
    expect(suggestSubject('Filigranesque et tropismesque', hints)).toBeNull();
  });

  it('finds a watched topic by its hashtag', () => {
    expect(suggestSubject('Ma pile à lire #Bookstagram', hints)).toEqual({
      kind: 'topic',
      topic: 'Bookstagram',
    });
  });

  it('picks the subject named most often, the brand on a tie, then competitors before topics', () => {
    expect(suggestSubject('Tropismes ou Tropismes, pas Page Blanche', hints)).toEqual({
      kind: 'competitor',
      competitorId: 'c2',
    });
    expect(suggestSubject('Filigranes ou Page Blanche ?', hints)).toEqual({ kind: 'brand' });
    expect(suggestSubject('Tropismes #bookstagram', hints)).toEqual({
      kind: 'competitor',
      competitorId: 'c2',
    });
  });

  it('says nothing when the text names no one', () => {
    expect(suggestSubject('Quel beau temps', hints)).toBeNull();
    expect(suggestSubject('   ', hints)).toBeNull();
  });
});
