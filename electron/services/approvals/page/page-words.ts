import type { PostFormat } from '../../../../shared/domain/post-choices.ts';
import type { Language } from '../../../../shared/domain/prefs-defaults.ts';
import { en } from './page-words-en.ts';
import { fr } from './page-words-fr.ts';

/**
 * Every word the approval page shows, in both languages. `{name}` marks a value filled in by
 * `fill`. The page is read by the client, not the freelancer: plain words, no jargon.
 */
export interface PageWords {
  /** Sunday first, as `getUTCDay` counts. */
  weekdays: readonly string[] & { length: 7 };
  months: readonly string[] & { length: 12 };
  /** The day of the month, as written: 1 → "1er" in French. */
  dayOfMonth: (day: number) => string;
  title: string;
  from: string;
  fromTo: string;
  zone: string;
  madeBy: string;
  postCount: { one: string; other: string };
  how: string;
  howToSend: string;
  noScript: string;
  formats: Record<PostFormat, string>;
  postName: string;
  approve: string;
  change: string;
  approvePost: string;
  changePost: string;
  comment: string;
  commentOn: string;
  needComment: string;
  picture: string;
  more: { one: string; other: string };
  link: string;
  paperApproved: string;
  paperChange: string;
  count: string;
  save: string;
  copy: string;
  sendBack: string;
  saved: string;
  copied: string;
  copyTitle: string;
  copyHint: string;
  copyField: string;
  close: string;
  noAnswer: string;
  missingComments: string;
  cannotSeal: string;
}

export const PAGE_WORDS: Readonly<Record<Language, PageWords>> = { fr, en };

/** A text with its `{name}` marks replaced; a mark without a value stays as it is. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (mark, key: string) => (key in values ? String(values[key]) : mark));
