import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ChannelCreate } from '../../../../shared/domain/channel.ts';
import { ClientCreate } from '../../../../shared/domain/client.ts';
import { Color, Id, Name, Notes, OptionalHttpUrl, TimeZone } from '../../../../shared/domain/fields.ts';
import { ISSUE_CODES, type Issue, issuesOf } from '../../../../shared/errors.ts';

/** Parses the way the dispatch should: with the input kept, so "missing" and "wrong type" differ. */
function issues(schema: z.ZodType, input: unknown): Issue[] {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return issuesOf(result.error);
}

describe('issuesOf: zod issues become translatable issue codes', () => {
  it('maps string lengths to tooLong / tooShort with their limit', () => {
    expect(issues(Name, 'n'.repeat(81))).toEqual([{ path: [], code: 'tooLong', params: { max: 80 } }]);
    expect(issues(Notes, 'n'.repeat(5001))).toEqual([{ path: [], code: 'tooLong', params: { max: 5000 } }]);
    expect(issues(z.string().min(3), 'ab')).toEqual([{ path: [], code: 'tooShort', params: { min: 3 } }]);
  });

  it('maps a blank required string to required, not tooShort', () => {
    expect(issues(Name, '   ')).toEqual([{ path: [], code: 'required' }]);
  });

  it('maps numbers and arrays out of range to tooBig / tooSmall', () => {
    expect(issues(z.number().max(3), 5)).toEqual([{ path: [], code: 'tooBig', params: { max: 3 } }]);
    expect(issues(z.number().min(400), 10)).toEqual([{ path: [], code: 'tooSmall', params: { min: 400 } }]);
    expect(issues(z.array(z.string()).max(1), ['a', 'b'])).toEqual([
      { path: [], code: 'tooBig', params: { max: 1 } },
    ]);
  });

  it('uses the field refinements’ own codes', () => {
    expect(issues(Color, 'red')).toEqual([{ path: [], code: 'invalidColor' }]);
    expect(issues(TimeZone, 'Mars/Olympus')).toEqual([{ path: [], code: 'invalidTimeZone' }]);
    expect(issues(OptionalHttpUrl, 'javascript:alert(1)')).toEqual([{ path: [], code: 'invalidUrl' }]);
    expect(issues(Id, 'abc')).toEqual([{ path: [], code: 'invalidId' }]);
  });

  it('tells a missing field from a field of the wrong type', () => {
    expect(issues(ClientCreate, { color: '#E4572E', timeZone: 'UTC' })).toEqual([
      { path: ['name'], code: 'required' },
    ]);
    expect(issues(ClientCreate, { name: 42, color: '#E4572E', timeZone: 'UTC' })).toEqual([
      { path: ['name'], code: 'invalidType' },
    ]);
  });

  it('tells a missing choice from a wrong one', () => {
    const clientId = '0190f5a2-7c3e-7000-8000-000000000000';
    expect(issues(ChannelCreate, { clientId, network: 'myspace', handle: 'h' })).toEqual([
      { path: ['network'], code: 'unknownNetwork' },
    ]);
    expect(issues(ChannelCreate, { clientId, handle: 'h' })).toEqual([
      { path: ['network'], code: 'required' },
    ]);
    expect(issues(z.enum(['a', 'b']), 'c')).toEqual([{ path: [], code: 'invalidChoice' }]);
  });

  it('names each unknown field in its path', () => {
    expect(issues(z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 })).toEqual([
      { path: ['b'], code: 'unknownField' },
      { path: ['c'], code: 'unknownField' },
    ]);
  });

  it('keeps nested paths as strings', () => {
    const schema = z.strictObject({ list: z.array(z.strictObject({ n: z.number().max(1) })) });
    expect(issues(schema, { list: [{ n: 0 }, { n: 5 }] })).toEqual([
      { path: ['list', '1', 'n'], code: 'tooBig', params: { max: 1 } },
    ]);
  });

  it('falls back to invalid for anything else, and only ever returns known codes', () => {
    expect(
      issues(
        z.string().refine(() => false, { message: 'not a code' }),
        'x',
      ),
    ).toEqual([{ path: [], code: 'invalid' }]);
    const all = issues(ClientCreate, { name: 7, color: 'red', timeZone: 'x', notes: 'n'.repeat(5001), z: 1 });
    for (const issue of all) expect(ISSUE_CODES).toContain(issue.code);
  });
});
