import { readFileSync } from 'node:fs';
import { PLAN_VERSION, replyKeyText, type SignedPlan } from '../../../shared/approval/reply-format.ts';
import type { ParsedInput } from '../../../shared/contract.ts';
import { type ApprovalExported, PLAN_POSTS_MAX } from '../../../shared/domain/approval.ts';
import type { Attachment } from '../../../shared/domain/attachment.ts';
import { AppError } from '../../../shared/errors.ts';
import { fileSlug } from '../../../shared/export/file-slug.ts';
import { listChannels } from '../../db/channels.ts';
import { activeClient } from '../../db/clients.ts';
import { postDigest } from '../../db/post-digest.ts';
import { listPosts } from '../../db/posts.ts';
import { getProfile } from '../../db/profile.ts';
import { newId } from '../../db/row.ts';
import type { Db } from '../../db/types.ts';
import { mediaPath } from '../media/media-store.ts';
import { documentName, writeExport } from '../transfers/exports.ts';
import { approvalKey, signText } from './approval-key.ts';
import type { PlanPagePicture, PlanPagePost } from './page/page-data.ts';
import { planPage } from './page/page-html.ts';
import { postFace } from './post-face.ts';

/** The pictures a card shows; the rest are counted. */
const PICTURES_SHOWN = 4;

/** A stored file as a `data:` picture, or null when it is not on this disk any more. */
function picture(dataDir: string, sha256: string, mime: string, name: string): PlanPagePicture | null {
  const path = mediaPath(dataDir, sha256);
  if (!path) return null;
  try {
    return { mime, base64: readFileSync(path).toString('base64'), name };
  } catch {
    return null;
  }
}

/** The pictures as the composer's preview shows them: thumbnails (small), the image itself otherwise. */
function picturesOf(dataDir: string, attachments: readonly Attachment[]): PlanPagePicture[] {
  const shown: PlanPagePicture[] = [];
  for (const a of attachments) {
    if (shown.length === PICTURES_SHOWN) break;
    const found = a.thumbSha256
      ? picture(dataDir, a.thumbSha256, 'image/webp', a.name)
      : a.mime.startsWith('image/')
        ? picture(dataDir, a.sha256, a.mime, a.name)
        : null;
    if (found) shown.push(found);
  }
  return shown;
}

/** The plan's posts: drafts and posts ready to go, not ideas, nor what is out or called off. */
function planPosts(db: Db, input: ParsedInput<'approvals.export'>) {
  return listPosts(db, {
    clientId: input.clientId,
    from: input.from,
    to: input.to,
    statuses: ['draft', 'ready'],
    // One more than a plan holds, to tell a plan too big from one just full.
    limit: PLAN_POSTS_MAX + 1,
  });
}

/**
 * A period's plan as one HTML file for the client: every post as its network would show it, the
 * plan signed by the data folder's key, and the reply key the page seals its answers with.
 */
export function exportPlanFile(
  db: Db,
  dataDir: string,
  input: ParsedInput<'approvals.export'>,
  now: Date,
): ApprovalExported & { html: string } {
  const client = activeClient(db, input.clientId, 'clientId');
  const posts = planPosts(db, input);
  if (posts.length === 0)
    throw new AppError('invalid_input', 'No draft or ready post in that period', [
      { path: ['to'], code: 'planEmpty' },
    ]);
  if (posts.length > PLAN_POSTS_MAX)
    throw new AppError('invalid_input', `More than ${PLAN_POSTS_MAX} posts in that period`, [
      { path: ['to'], code: 'planTooBig', params: { max: PLAN_POSTS_MAX } },
    ]);
  const channels = new Map(listChannels(db, client.id, true).map((c) => [c.id, c]));
  const plan: SignedPlan = {
    v: PLAN_VERSION,
    id: newId(),
    clientId: client.id,
    from: input.from,
    to: input.to,
    madeAt: now.toISOString(),
    posts: posts.map((p) => [p.id, postDigest(p)]),
  };
  const planText = JSON.stringify(plan);
  const key = approvalKey(dataDir);
  const profile = getProfile(db);
  const pagePosts: PlanPagePost[] = posts.map((p) => {
    const pictures = picturesOf(dataDir, p.attachments);
    return {
      ...postFace(p, channels.get(p.channelId), client.timeZone),
      id: p.id,
      linkUrl: p.linkUrl,
      pictures,
      more: Math.max(0, p.attachments.length - pictures.length),
    };
  });
  const slug = fileSlug(client.name);
  const html = planPage({
    language: input.language,
    clientName: client.name,
    timeZone: client.timeZone,
    from: input.from,
    to: input.to,
    freelancer: {
      name: profile.name,
      logo: profile.logo ? picture(dataDir, profile.logo.sha256, profile.logo.mime, profile.logo.name) : null,
    },
    madeAt: plan.madeAt,
    posts: pagePosts,
    plan: planText,
    sig: signText(key, planText),
    replyKey: signText(key, replyKeyText(plan.id)),
    replyFileName: `calepin-reply-${slug}-${input.from}.txt`,
  });
  const file = writeExport(dataDir, documentName('plan', slug, input.from, 'html'), html);
  return { ...file, posts: posts.length, html };
}
