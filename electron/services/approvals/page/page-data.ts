import type { PostFace } from '../../../../shared/domain/approval.ts';
import type { Language } from '../../../../shared/domain/prefs-defaults.ts';

/**
 * What the approval page is made from. The service fills it; the page only draws it, so every
 * date here is already on the client's wall clock and every post already in time order.
 */

export interface PlanPagePicture {
  mime: string;
  base64: string;
  name: string;
}

export interface PlanPagePost extends PostFace {
  id: string;
  linkUrl: string;
  /** Up to four thumbnails (webp/jpeg/png), then how many more attachments the post has. */
  pictures: PlanPagePicture[];
  more: number;
}

export interface PlanPageData {
  language: Language;
  clientName: string;
  /** IANA zone, shown so the client knows which clock the times are on. */
  timeZone: string;
  /** YYYY-MM-DD, `to` exclusive. */
  from: string;
  to: string;
  freelancer: { name: string; logo: PlanPagePicture | null };
  /** ISO instant the plan was exported. */
  madeAt: string;
  posts: PlanPagePost[];
  /** Opaque strings the reply carries back (shared/approval/reply-format.ts). */
  plan: string;
  sig: string;
  replyKey: string;
  /** e.g. "calepin-reply-boulangerie-martin-2026-12-14.txt" */
  replyFileName: string;
}
