import type { ParsedInput } from '../../../shared/contract.ts';
import type { ReplyApplied } from '../../../shared/domain/approval.ts';
import type { Post } from '../../../shared/domain/post.ts';
import { getPost } from '../../db/posts.ts';
import { stmt } from '../../db/statements.ts';
import type { Db } from '../../db/types.ts';
import { checkReply } from './reply-check.ts';

/**
 * The answers of a checked reply written on their posts, in one transaction: only where the post is
 * still the version the client saw and holds no later answer. A post changed or deleted since keeps
 * what it had; the freelancer sees those answers in the preview and asks again.
 */
export function applyReply(
  db: Db,
  dataDir: string,
  input: ParsedInput<'approvals.apply'>,
  now: string,
): ReplyApplied {
  const checked = checkReply(db, dataDir, input);
  // The client's clock may be wrong or the text odd: an answer is dated by it only when it reads as an instant.
  const at = checked.at ?? now;
  const write = stmt(
    db,
    `UPDATE posts SET approval = @answer, approval_comment = @comment, approval_at = @at, approval_digest = @digest,
       updated_at = @now WHERE id = @id`,
  );
  const posts: Post[] = [];
  for (const { view, post, digest } of checked.answers) {
    if (view.state !== 'ready' || !post) continue;
    write.run({ id: post.id, answer: view.answer, comment: view.comment, at, digest, now });
    posts.push(getPost(db, post.id));
  }
  return { applied: posts.length, skipped: checked.answers.length - posts.length, posts };
}
