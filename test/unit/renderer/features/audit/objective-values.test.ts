import { describe, expect, it } from 'vitest';
import {
  auditBaseline,
  goalFor,
  objectiveDraftIssues,
  titleFrom,
} from '../../../../../renderer/features/audit/objective-values.ts';
import type { AuditFigures } from '../../../../../shared/domain/audit-figures.ts';

describe('the objective made from an action', () => {
  it('serves the goal its KPI most often serves', () => {
    expect(goalFor('engagementRateReach')).toBe('engagement');
    expect(goalFor('followers')).toBe('awareness');
    expect(goalFor('clickThroughRate')).toBe('traffic');
    expect(goalFor('costPerClick')).toBe('sales');
  });

  it('starts from what the audit measured for the engagement rate and the share of voice', () => {
    const figures = {
      basis: 'reach',
      doTheyInteract: { current: { value: 5.383_78 } },
      competitors: { available: false, reason: 'noCompetitors' },
    } as unknown as AuditFigures;
    expect(auditBaseline('engagementRateReach', figures)).toBe(5.38);
    expect(auditBaseline('engagementRateImpressions', figures)).toBeNull();
    expect(auditBaseline('shareOfVoice', figures)).toBeNull();
    expect(auditBaseline('followers', undefined)).toBeNull();
  });

  it('takes its title from the action, within a name’s limit', () => {
    expect(titleFrom('Two reels a week')).toBe('Two reels a week');
    const long =
      'Post two reels a week on Tuesdays at six in the evening, when the busy parents are home again';
    expect(titleFrom(long).length).toBeLessThanOrEqual(80);
    expect(titleFrom(long).endsWith('…')).toBe(true);
  });

  it('says what is wrong before anything is sent', () => {
    const draft = {
      title: 'Raise engagement',
      kpi: 'engagementRateReach' as const,
      baseline: '5,38',
      target: '7',
      goal: 'engagement' as const,
      deadline: '2027-03-08',
    };
    expect(objectiveDraftIssues(draft, '2026-12-07', 'fr')).toEqual({
      values: { baseline: 5.38, target: 7 },
      issues: {},
    });
    expect(
      objectiveDraftIssues({ ...draft, target: '5,38', deadline: '2026-12-01' }, '2026-12-07', 'fr').issues,
    ).toEqual({
      target: 'targetIsBaseline',
      deadline: 'deadlineBeforeStart',
    });
    expect(objectiveDraftIssues({ ...draft, title: ' ', target: '' }, '2026-12-07', 'fr')).toEqual({
      values: null,
      issues: { title: 'required', target: 'required' },
    });
  });
});
