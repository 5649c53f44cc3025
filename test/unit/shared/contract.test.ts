import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, EVENTS, isMethod, MENU_COMMANDS, METHODS } from '../../../shared/contract.ts';
import { ERROR_CODES, ISSUE_CODES } from '../../../shared/errors.ts';

describe('the contract', () => {
  it('lists exactly its own methods in METHODS', () => {
    expect([...METHODS].sort()).toEqual(Object.keys(contract).sort());
    expect(new Set(METHODS).size).toBe(METHODS.length);
  });

  it('gives every method a zod input schema and a domain.verb name', () => {
    for (const method of METHODS) {
      expect(contract[method].input, method).toBeInstanceOf(z.ZodType);
      expect(method).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/);
    }
  });

  it('recognises its methods and nothing inherited from Object', () => {
    for (const method of METHODS) expect(isMethod(method)).toBe(true);
    for (const name of ['__proto__', 'constructor', 'toString', 'clients', 'clients.drop', ''])
      expect(isMethod(name), name).toBe(false);
  });

  it('refuses unknown fields on every method that takes an object', () => {
    for (const method of METHODS) {
      const result = contract[method].input.safeParse({ surely_not_a_field: 1 });
      expect(result.success, method).toBe(false);
    }
  });

  it('has unique event, menu, error and issue codes', () => {
    for (const list of [EVENTS, MENU_COMMANDS, ERROR_CODES, ISSUE_CODES])
      expect(new Set(list).size).toBe(list.length);
  });
});
