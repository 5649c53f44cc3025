/**
 * Text from the data folder put into HTML. Everything a client or freelancer typed goes through
 * `escapeHtml`; nothing they typed ever becomes markup, a link or code.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/**
 * JSON for a `<script type="application/json">` block. With every `<` written `\u003c`, no
 * caption can close the block ("</script>") or open an HTML comment inside it.
 */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

// A link, a #hashtag or an @mention, each not glued to a word before it (an e-mail is no mention).
const TOKENS =
  /(?<![\p{L}\p{N}_])(?:(?<url>(?:https?:\/\/|www\.)[^\s<>"]+)|(?<tag>#[\p{L}\p{N}_]+)|(?<mention>@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*))/gu;
// Punctuation that ends a sentence rather than a link: "see example.com/a."
const TRAILING = /[.,;:!?)\]»"']+$/u;

/** The caption as HTML: text escaped, links, hashtags and mentions tinted, none of them clickable. */
export function captionHtml(caption: string): string {
  let html = '';
  let at = 0;
  for (const match of caption.matchAll(TOKENS)) {
    let token = match[0];
    const kind = match.groups?.url ? 'url' : match.groups?.tag ? 'tag' : 'mention';
    if (kind === 'url') token = token.replace(TRAILING, '');
    html += escapeHtml(caption.slice(at, match.index));
    html += `<span class="${kind}">${escapeHtml(token)}</span>`;
    at = match.index + token.length;
  }
  return html + escapeHtml(caption.slice(at));
}

/** A link's host for its card ("example.com"), or the text itself when it is no URL. */
export function linkHost(url: string): string {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
