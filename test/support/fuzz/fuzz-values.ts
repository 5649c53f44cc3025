import fc from 'fast-check';

/**
 * Values a hostile or broken caller sends where an object is expected, or inside one: every type,
 * the non-JSON ones structured clone lets through IPC, strings that break naive parsers, a 1 MB string,
 * thousands of levels of nesting, and objects whose own keys are `__proto__`, `constructor`, `prototype`.
 */

export const HUGE_LENGTH = 1024 * 1024;
export const DEEP_LEVELS = [2_000, 5_000, 10_000] as const;

/** Own keys, as JSON.parse makes them from a body received over HTTP (a literal would set the prototype). */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

export const PROTO_OBJECTS: readonly object[] = [
  '{"__proto__": {"polluted": "yes"}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"prototype": {"polluted": "yes"}}',
  '{"__proto__": null}',
  '{"__proto__": [1, 2]}',
  '{"__proto__": {"__proto__": {"polluted": "yes"}}}',
  '{"toString": "x", "valueOf": 1, "hasOwnProperty": "y"}',
].map((json) => JSON.parse(json) as object);

function nested(levels: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = wrap(value);
  return value;
}

const protoNested = (levels: number): unknown =>
  JSON.parse(`${'{"__proto__":'.repeat(levels)}{"polluted":"yes"}${'}'.repeat(levels)}`);

/** Built once: generating them per run would spend the time budget on allocation. */
export const HUGE_STRINGS: readonly string[] = [
  'x'.repeat(HUGE_LENGTH),
  '9'.repeat(HUGE_LENGTH),
  'é'.repeat(HUGE_LENGTH / 2),
  'A'.repeat(HUGE_LENGTH),
  `0190f5a2-7c3e-7000-8000-${'0'.repeat(HUGE_LENGTH)}`,
  `https://example.com/${'a'.repeat(HUGE_LENGTH)}`,
];

export const DEEP_VALUES: readonly unknown[] = DEEP_LEVELS.flatMap((levels) => [
  nested(levels, (inner) => [inner]),
  nested(levels, (inner) => ({ a: inner })),
  protoNested(Math.min(levels, 2_000)),
]);

const awkwardStrings = fc.constantFrom(
  '',
  ' ',
  'null',
  'undefined',
  'true',
  '0',
  '-1',
  '1e309',
  '2026-02-30',
  '2026-11-30T10:00:00Z',
  '#E4572E',
  '../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f',
  'a\u0000b',
  '\uD800',
  '\u202E\u0000',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍👩‍👧',
  '<script>alert(1)</script>',
  "'; DROP TABLE posts; --",
  '" OR 1=1 --',
  'NEAR(a b) * ^ "',
  '__proto__',
  'constructor',
  '0190f5a2-7c3e-7000-8000-00000000000G',
  '0190F5A2-7C3E-7000-8000-000000000000 ',
);

const awkwardNumbers = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e21,
  0.1 + 0.2,
  -1,
);

/** One value of any type but object, array or a huge one. */
export const scalarJunk: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  awkwardNumbers,
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  awkwardStrings,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
);

export const hugeString = fc.constantFrom(...HUGE_STRINGS);
export const deepValue = fc.constantFrom(...DEEP_VALUES);
export const protoObject = fc.constantFrom(...PROTO_OBJECTS);

/** Any junk value; huge strings and deep nesting are a few percent of them. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 30, arbitrary: scalarJunk },
  { weight: 6, arbitrary: fc.array(scalarJunk, { maxLength: 5 }) },
  { weight: 6, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), scalarJunk, { maxKeys: 4 }) },
  { weight: 4, arbitrary: protoObject },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: deepValue },
);

/** A key nobody declared: a prototype key, or anything. */
export const strangeKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...PROTO_KEYS) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
);
