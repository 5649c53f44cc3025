import type { Messages } from './messages-en.ts';

/** Every leaf of the texts as a dotted path: 'calendar.title', 'posts.count_one'… */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type StoredKey = Leaves<Messages>;

/** A key whose texts vary with a count ('posts.count' for 'posts.count_one' and '…_other'). */
export type PluralKey = StoredKey extends infer K
  ? K extends `${infer Base}_${'one' | 'other'}`
    ? Base
    : never
  : never;

/** A key said without a count. */
export type PlainKey = Exclude<StoredKey, `${string}_${'one' | 'other'}`>;

/** Values for the text's {{placeholders}}; `count` also picks the plural form. */
export type TOptions = Record<string, unknown>;

/** t('a.b') is checked against the English texts; a plural key needs its count. */
export interface TFunction {
  (key: PluralKey, options: TOptions & { count: number }): string;
  (key: PlainKey, options?: TOptions): string;
}
