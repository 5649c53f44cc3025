import { existsSync, statSync } from 'node:fs';
import type { ParsedInput } from '../../../shared/contract.ts';
import type { Idea, IdeaPlanned } from '../../../shared/domain/idea.ts';
import { AppError } from '../../../shared/errors.ts';
import { insertAttachment } from '../../db/attachments.ts';
import { getChannel } from '../../db/channels.ts';
import { claimIdea, getIdea } from '../../db/ideas.ts';
import { createPost, getPost } from '../../db/posts.ts';
import type { Db } from '../../db/types.ts';
import { mediaPath } from '../media/media-store.ts';

/** The caption a draft starts from: the idea's title, then its notes. */
export const ideaCaption = (idea: Pick<Idea, 'title' | 'notes'>): string =>
  idea.notes.trim() === '' ? idea.title : `${idea.title}\n\n${idea.notes.trim()}`;

/**
 * An idea dropped on the calendar: a draft post on the channel and day given, with the idea's
 * words, pillar, segment and source, that remembers its idea. A shared idea becomes the channel's
 * client's; another client's idea cannot be planned here.
 */
export function ideaToPost(
  db: Db,
  dataDir: string,
  input: ParsedInput<'ideas.toPost'>,
  now: string,
): IdeaPlanned {
  const idea = getIdea(db, input.id);
  const channel = getChannel(db, input.channelId);
  if (idea.clientId !== null && idea.clientId !== channel.clientId)
    throw new AppError('invalid_input', "The channel is another client's", [
      { path: ['channelId'], code: 'otherClient' },
    ]);
  const post = createPost(
    db,
    {
      clientId: channel.clientId,
      channelId: channel.id,
      date: input.date,
      time: input.time,
      occurrence: input.occurrence,
      status: 'draft',
      // Its picture goes along as the first image: the draft is a picture post.
      format: idea.picture ? 'image' : 'text',
      caption: ideaCaption(idea),
      linkUrl: '',
      pillarId: idea.pillarId,
      campaign: '',
      paid: false,
      budgetCents: null,
      // Where the idea came from stays beside the draft, not in what is posted.
      notes: idea.sourceUrl,
      segmentIds: idea.segmentId === null ? [] : [idea.segmentId],
    },
    now,
    undefined,
    idea.id,
  );
  claimIdea(db, idea.id, channel.clientId, now);
  const file = idea.picture && mediaPath(dataDir, idea.picture.sha256);
  // The picture goes along as the draft's first image, if its file is still there.
  if (idea.picture && file && existsSync(file)) {
    const { sha256, name, mime } = idea.picture;
    insertAttachment(
      db,
      {
        postId: post.id,
        sha256,
        name,
        mime,
        size: statSync(file).size,
        width: null,
        height: null,
        thumbSha256: null,
      },
      now,
    );
  }
  return {
    post: getPost(db, post.id),
    idea: getIdea(db, idea.id),
    before: { clientId: idea.clientId, status: idea.status },
  };
}
