import { describe, expect, it } from 'vitest';
import { parseHash } from '../../../../../renderer/common/hooks/route.ts';
import { auditHref, parseAuditView } from '../../../../../renderer/features/audit/audit-route.ts';

const client = '0190a000-0000-7000-8000-000000000001';
const a = '0190a000-0000-7000-8000-000000000101';
const b = '0190a000-0000-7000-8000-000000000102';

describe('where the user is among a client’s audits', () => {
  it('is the list on the screen’s own address', () => {
    expect(parseAuditView(`#/clients/${client}/audit`)).toEqual({ name: 'list' });
    expect(auditHref(client, { name: 'list' })).toBe(`#/clients/${client}/audit`);
  });

  it('names one audit, or two to compare, after it, and reads them back', () => {
    const one = auditHref(client, { name: 'audit', id: a });
    expect(one).toBe(`#/clients/${client}/audit/${a}`);
    expect(parseAuditView(one)).toEqual({ name: 'audit', id: a });
    const two = auditHref(client, { name: 'compare', ids: [a, b] });
    expect(parseAuditView(two)).toEqual({ name: 'compare', ids: [a, b] });
  });

  it('leaves the app on the Audit screen whatever follows it', () => {
    expect(parseHash(auditHref(client, { name: 'audit', id: a }))).toEqual({
      name: 'audit',
      clientId: client,
    });
    expect(parseHash(auditHref(client, { name: 'compare', ids: [a, b] }))).toEqual({
      name: 'audit',
      clientId: client,
    });
  });

  it('falls back on the list for anything it cannot read', () => {
    expect(parseAuditView(`#/clients/${client}/audit/compare/${a}`)).toEqual({ name: 'list' });
    expect(parseAuditView(`#/clients/${client}/audit/compare/${a}/${a}`)).toEqual({ name: 'list' });
    expect(parseAuditView(`#/clients/${client}/audit/${a}/more`)).toEqual({ name: 'list' });
    expect(parseAuditView(`#/clients/${client}/calendar/${a}`)).toEqual({ name: 'list' });
  });
});
