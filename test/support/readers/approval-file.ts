import { createHmac } from 'node:crypto';
import { encodeReply, type ReplyAnswer, sealedText } from '../../../shared/approval/reply-format.ts';

/** What an approval file carries for its page's script: the signed plan and the key to seal a reply. */
export interface PlanBlock {
  plan: string;
  sig: string;
  replyKey: string;
}

/** The data block of an exported approval page, as its script reads it. */
export function planBlock(html: string): PlanBlock {
  const found = /<script type="application\/json" id="calepin-plan">([^<]*)<\/script>/.exec(html);
  if (!found?.[1]) throw new Error('No plan block in the page');
  return JSON.parse(found[1]) as PlanBlock;
}

/** A reply as the page makes it (the page's own script is checked against this in Chromium). */
export function replyText(block: PlanBlock, answers: ReplyAnswer[], at = '2026-12-10T18:00:00.000Z'): string {
  const body = { v: 1 as const, plan: block.plan, sig: block.sig, answers, at, mac: '' };
  body.mac = createHmac('sha256', block.replyKey).update(sealedText(body), 'utf8').digest('base64url');
  return encodeReply(body);
}
