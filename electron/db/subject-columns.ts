import type { Subject, SubjectKind } from '../../shared/domain/mention-subject.ts';

/** How a subject is stored, in mentions and watched terms alike. */
export interface SubjectColumns {
  subject_kind: SubjectKind;
  competitor_id: string | null;
  topic: string;
}

export function subjectColumns(s: Subject): SubjectColumns {
  return {
    subject_kind: s.kind,
    competitor_id: s.kind === 'competitor' ? s.competitorId : null,
    topic: s.kind === 'topic' ? s.topic : '',
  };
}

export function subjectOf(r: SubjectColumns): Subject {
  if (r.subject_kind === 'competitor' && r.competitor_id)
    return { kind: 'competitor', competitorId: r.competitor_id };
  if (r.subject_kind === 'topic') return { kind: 'topic', topic: r.topic };
  return { kind: 'brand' };
}
