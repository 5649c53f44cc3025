import type { Issue } from './errors.ts';

interface Step {
  value: unknown;
  key: string | null;
  parent: Step | null;
}

const pathOf = (step: Step): string[] => {
  const path: string[] = [];
  for (let at: Step | null = step; at?.key != null; at = at.parent) path.unshift(at.key);
  return path;
};

/**
 * Where an input holds text that is not well-formed Unicode (a lone surrogate such as "\ud800").
 * Left alone it would be stored and later written out as U+FFFD, silently changing what the user
 * saved; the dispatch refuses it instead, for every method and transport. Walks without recursion
 * and without copying paths: inputs come from outside and may nest as deep as a JSON parser allows.
 */
export function malformedText(input: unknown, limit = 5): Issue[] {
  const issues: Issue[] = [];
  const stack: Step[] = [{ value: input, key: null, parent: null }];
  while (stack.length > 0 && issues.length < limit) {
    const step = stack.pop() as Step;
    const { value } = step;
    if (typeof value === 'string') {
      if (!value.isWellFormed()) issues.push({ path: pathOf(step), code: 'invalidText' });
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const inner = record[key];
        const keyBroken = !key.isWellFormed();
        // Numbers, booleans and null hold no text: a paste of 500 cells need not stack them.
        if (!keyBroken && (inner === null || (typeof inner !== 'string' && typeof inner !== 'object')))
          continue;
        const child = { value: inner, key, parent: step };
        if (keyBroken) issues.push({ path: pathOf(child), code: 'invalidText' });
        stack.push(child);
      }
    }
  }
  return issues;
}
