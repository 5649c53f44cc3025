import { AuditPage } from '../../../../../renderer/features/audit/AuditPage.tsx';
import type { Audit, AuditQuestion, AuditSummary } from '../../../../../shared/domain/audit.ts';
import type { AuditFigures } from '../../../../../shared/domain/audit-figures.ts';
import type { Language } from '../../../../../shared/domain/prefs.ts';
import { type FakeHandlers, makeClient } from '../../support/fake-bridge.ts';
import { renderWithApp } from '../../support/render-app.tsx';

export const client = makeClient({ timeZone: 'Europe/Paris', name: 'Studio Yoga' });

export const id = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;

export function makeAudit(over: Partial<Audit> = {}): Audit {
  return {
    id: id(1),
    clientId: client.id,
    title: '',
    from: '2026-07-01',
    to: '2026-10-01',
    basis: null,
    finishedAt: null,
    answers: [1, 2, 3, 4, 5, 6].map((q) => ({ question: q as 1, score: null, notes: '' })),
    actions: [],
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    deletedAt: null,
    ...over,
  };
}

export const summaryOf = (a: Audit): AuditSummary => {
  const { answers, actions, ...rest } = a;
  return {
    ...rest,
    scores: answers.map((x) => x.score),
    actions: actions.length,
    actionsDone: actions.filter((x) => x.became).length,
  };
};

/** Figures of a period with no post: each answer says so, and question 6 asks for competitors. */
export function makeFigures(over: Partial<AuditFigures> = {}): AuditFigures {
  const none = { value: null, reason: 'noData', term: 'reach' } as const;
  return {
    from: '2026-07-01',
    to: '2026-10-01',
    basis: 'reach',
    whatWorks: { best: [], worst: [], byFormat: [], byPillar: [], byNetwork: [] },
    whoInteracts: { segments: [], bestWithoutSegment: 0 },
    doTheyInteract: {
      bucket: 'week',
      trend: [],
      current: none,
      previous: none,
      previousFrom: '2026-04-01',
      change: null,
      published: 0,
      withNumbers: 0,
      loggedShare: { value: null, reason: 'zero', term: 'posts' },
    },
    howAndWhen: { heatmap: [], formats: [] },
    whichNetwork: [],
    competitors: { available: false, reason: 'noCompetitors' },
    ...over,
  };
}

/**
 * The Audit screen over a fake backend that keeps audits as the real one does: an update changes
 * only what it is given, and new actions get ids.
 */
export function renderAudits(
  options: { audits?: Audit[]; hash?: string; language?: Language; handlers?: FakeHandlers } = {},
) {
  const audits = new Map((options.audits ?? []).map((a) => [a.id, a]));
  let created = 0;
  window.location.hash = options.hash ?? `#/clients/${client.id}/audit`;
  const view = renderWithApp(<AuditPage client={client} />, {
    language: options.language ?? 'en',
    handlers: {
      'audits.list': () => ({ ok: true, value: [...audits.values()].map(summaryOf) }),
      'audits.get': ({ id: wanted }) => {
        const a = audits.get(wanted);
        return a ? { ok: true, value: a } : { ok: false, error: { code: 'not_found', message: 'gone' } };
      },
      'audits.figures': () => ({ ok: true, value: makeFigures() }),
      'audits.update': (input) => {
        const a = audits.get(input.id);
        if (!a) return { ok: false, error: { code: 'not_found', message: 'gone' } };
        const next: Audit = {
          ...a,
          title: input.title ?? a.title,
          answers: a.answers.map((x) => {
            const p = input.answers?.find((y) => y.question === x.question);
            return p
              ? {
                  ...x,
                  ...(p.score !== undefined ? { score: p.score } : {}),
                  ...(p.notes !== undefined ? { notes: p.notes } : {}),
                }
              : x;
          }),
          actions: input.actions
            ? input.actions.map((x) => {
                created += 1;
                return {
                  id: x.id ?? id(500 + created),
                  question: (x.question ?? null) as AuditQuestion | null,
                  text: x.text,
                  became: null,
                };
              })
            : a.actions,
        };
        audits.set(a.id, next);
        return { ok: true, value: next };
      },
      ...options.handlers,
    },
  });
  return { ...view, audits };
}
