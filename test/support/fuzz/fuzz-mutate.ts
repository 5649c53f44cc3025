/**
 * Copy-on-write edits of a payload at a path. Objects are rebuilt with Object.fromEntries, which
 * defines own keys: a `__proto__` key stays an own key, as JSON.parse leaves it, and never becomes
 * the copy's prototype.
 */

export type Path = readonly (string | number)[];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) !== Date.prototype;

/** Paths worth touching: every key and a few elements of each array, a few levels down. */
export function pathsOf(value: unknown, maxDepth = 4): Path[] {
  const out: Path[] = [[]];
  const walk = (v: unknown, path: Path, depth: number) => {
    if (depth >= maxDepth) return;
    if (Array.isArray(v)) {
      const picks = v.length <= 3 ? v.keys() : [0, 1, v.length - 1].values();
      for (const i of picks) {
        out.push([...path, i]);
        walk(v[i], [...path, i], depth + 1);
      }
    } else if (isRecord(v)) {
      for (const [k, child] of Object.entries(v)) {
        out.push([...path, k]);
        walk(child, [...path, k], depth + 1);
      }
    }
  };
  walk(value, [], 0);
  return out;
}

/** Paths of the objects inside a value (where a key can be added). */
export const objectPathsOf = (value: unknown): Path[] =>
  pathsOf(value).filter((path) => isRecord(getAt(value, path)));

export function getAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const step of path) {
    if (Array.isArray(current)) current = current[Number(step)];
    else if (isRecord(current)) current = Object.entries(current).find(([k]) => k === String(step))?.[1];
    else return undefined;
  }
  return current;
}

const REMOVE = Symbol('remove');

function withKey(record: Record<string, unknown>, key: string, next: unknown | typeof REMOVE) {
  const entries = Object.entries(record);
  const kept = entries.filter(([k]) => k !== key);
  if (next === REMOVE) return Object.fromEntries(kept);
  const at = entries.findIndex(([k]) => k === key);
  if (at < 0) return Object.fromEntries([...entries, [key, next]]);
  return Object.fromEntries(entries.map(([k, v]) => (k === key ? [k, next] : [k, v])));
}

function update(value: unknown, path: Path, next: unknown | typeof REMOVE): unknown {
  if (path.length === 0) return next === REMOVE ? undefined : next;
  const [step, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    const i = Number(step);
    if (rest.length === 0 && next === REMOVE) copy.splice(i, 1);
    else copy[i] = update(value[i], rest, next);
    return copy;
  }
  if (isRecord(value)) {
    const key = String(step);
    if (rest.length === 0) return withKey(value, key, next);
    return withKey(value, key, update(getAt(value, [key]), rest, next));
  }
  return value;
}

export const setAt = (value: unknown, path: Path, next: unknown): unknown => update(value, path, next);
export const removeAt = (value: unknown, path: Path): unknown => update(value, path, REMOVE);

/** The same information under another type: what a form or a script sending text for numbers does. */
export function swapType(value: unknown): unknown {
  if (typeof value === 'string') return Number.isNaN(Number(value)) ? value.length : Number(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 0;
  if (value === null) return {};
  if (value === undefined) return null;
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [String(i), v]));
  if (isRecord(value)) return Object.values(value);
  return String(value);
}
