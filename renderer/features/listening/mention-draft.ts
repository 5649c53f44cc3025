import type { Input } from '../../../shared/contract.ts';
import type { Mention, Sentiment } from '../../../shared/domain/mention.ts';
import type { Subject } from '../../../shared/domain/mention-subject.ts';
import type { NetworkId } from '../../../shared/networks.ts';

/** The journal's form as the user fills it; the subject is the user's once chosen, else suggested. */
export interface MentionDraft {
  text: string;
  sentiment: Sentiment;
  /** Null while the subject follows the text's suggestion. */
  subject: Subject | null;
  date: string;
  time: string;
  network: NetworkId;
  author: string;
  /** As typed: a whole number, or empty. */
  audience: string;
  url: string;
  tags: string[];
  postId: string | null;
}

export const blankDraft = (date: string, time: string, network: NetworkId): MentionDraft => ({
  text: '',
  sentiment: 'neutral',
  subject: null,
  date,
  time,
  network,
  author: '',
  audience: '',
  url: '',
  tags: [],
  postId: null,
});

/** What stays for the next mention of a run: the day, the hour, the network. */
export const nextDraft = (d: MentionDraft): MentionDraft => blankDraft(d.date, d.time, d.network);

export const draftOf = (m: Mention): MentionDraft => ({
  text: m.text,
  sentiment: m.sentiment,
  subject: m.subject,
  date: m.date,
  time: m.time,
  network: m.network,
  author: m.author,
  audience: m.authorAudience === null ? '' : String(m.authorAudience),
  url: m.url,
  tags: m.tags,
  postId: m.postId,
});

export function mentionFields(
  d: MentionDraft,
  subject: Subject,
  audience: number | null,
): Omit<Input<'mentions.create'>, 'clientId'> {
  return {
    date: d.date,
    time: d.time,
    network: d.network,
    author: d.author,
    authorAudience: audience,
    text: d.text,
    url: d.url,
    subject,
    sentiment: d.sentiment,
    tags: d.tags,
    postId: d.postId,
  };
}
