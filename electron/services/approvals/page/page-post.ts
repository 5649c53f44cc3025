import { REPLY_COMMENT_MAX } from '../../../../shared/domain/approval.ts';
import { NETWORKS } from '../../../../shared/networks.ts';
import type { PlanPagePicture, PlanPagePost } from './page-data.ts';
import { captionHtml, escapeHtml, linkHost } from './page-text.ts';
import { fill, type PageWords } from './page-words.ts';

/** One post drawn as its network would show it, with the client's two answers under it. */

// Only bitmaps the service makes; anything else (an SVG, a stray type) is counted, not drawn.
const PICTURE_TYPES = new Set(['image/webp', 'image/jpeg', 'image/png']);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const drawable = (p: PlanPagePicture): boolean => PICTURE_TYPES.has(p.mime) && BASE64.test(p.base64);

const plural = (n: number, forms: { one: string; other: string }): string =>
  fill(n === 1 ? forms.one : forms.other, { n });

function picturesHtml(post: PlanPagePost, words: PageWords): string {
  const shown = post.pictures.filter(drawable);
  const more = post.more + post.pictures.length - shown.length;
  const imgs = shown.map((p, i) => {
    const alt = escapeHtml(fill(words.picture, { n: i + 1, name: p.name }));
    return `<img class="${i === 0 ? 'pic-main' : 'pic'}" src="data:${p.mime};base64,${p.base64}" alt="${alt}">`;
  });
  const [first, ...rest] = imgs;
  const tile =
    more > 0
      ? `<span class="pic-more"><span aria-hidden="true">+${more}</span><span class="sr">${escapeHtml(plural(more, words.more))}</span></span>`
      : '';
  const row = rest.length > 0 || tile ? `<div class="pic-row">${rest.join('')}${tile}</div>` : '';
  return first || row ? `<div class="pics">${first ?? ''}${row}</div>` : '';
}

function linkCardHtml(url: string, words: PageWords): string {
  if (!url.trim()) return '';
  // Shown as text only: the page never navigates, and the client copies it if they want to look.
  return `<div class="link-card"><span class="link-label">${escapeHtml(words.link)}</span><span class="link-host">${escapeHtml(linkHost(url))}</span><span class="link-url">${escapeHtml(url)}</span></div>`;
}

export interface PostLabels {
  /** A short id for the page's own element ids, since a post's id may hold any character. */
  key: string;
  /** Names the post in its labels: "the post of Monday 14 December, 10:00". */
  postName: string;
  /** Shown when the client asks for a change without saying which. */
  needComment: string;
}

export function postHtml(
  post: PlanPagePost,
  { key, postName, needComment }: PostLabels,
  words: PageWords,
): string {
  const network = NETWORKS[post.network] ?? NETWORKS.other;
  const handle = post.handle.trim() || network.name;
  const letter = (handle.replace(/^@/, '').match(/\p{L}|\p{N}/u)?.[0] ?? network.mark).toUpperCase();
  const caption = post.caption.trim() ? `<p class="caption">${captionHtml(post.caption)}</p>` : '';
  return `<article class="post net-${network.id}" data-post="${escapeHtml(post.id)}">
<div class="post-head"><span class="avatar" aria-hidden="true">${escapeHtml(letter)}</span>
<div class="who"><h3 class="handle">${escapeHtml(handle)}<span class="sr">, ${escapeHtml(post.time)}</span></h3>
<p class="meta">${escapeHtml(network.name)} · ${escapeHtml(words.formats[post.format] ?? post.format)}</p></div>
<p class="time"><time datetime="${escapeHtml(`${post.date}T${post.time}`)}">${escapeHtml(post.time)}</time></p></div>
${picturesHtml(post, words)}${caption}${linkCardHtml(post.linkUrl, words)}
<div class="answer"><div class="choices">
<button type="button" class="choice approve" data-answer="approved" aria-pressed="false" aria-label="${escapeHtml(fill(words.approvePost, { post: postName }))}">${escapeHtml(words.approve)}</button>
<button type="button" class="choice change" data-answer="changes" aria-pressed="false" aria-label="${escapeHtml(fill(words.changePost, { post: postName }))}">${escapeHtml(words.change)}</button></div>
<label for="${key}-c">${escapeHtml(words.comment)}<span class="sr"> ${escapeHtml(fill(words.commentOn, { post: postName }))}</span></label>
<textarea id="${key}-c" class="comment" rows="2" maxlength="${REPLY_COMMENT_MAX}"></textarea>
<p class="need" id="${key}-n" hidden>${escapeHtml(needComment)}</p></div>
<p class="paper">☐ ${escapeHtml(words.paperApproved)}<span class="gap"></span>☐ ${escapeHtml(words.paperChange)}</p>
</article>`;
}
