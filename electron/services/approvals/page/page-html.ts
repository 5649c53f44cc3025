import { createHash } from 'node:crypto';
import { BEGIN, END, PLAN_VERSION } from '../../../../shared/approval/reply-format.ts';
import { REPLY_COMMENT_MAX } from '../../../../shared/domain/approval.ts';
import type { PlanPageData, PlanPagePost } from './page-data.ts';
import { dayWords, instantDayWords, periodWords, spansYears } from './page-dates.ts';
import type { PageScriptData } from './page-dom.ts';
import { postHtml } from './page-post.ts';
import { approvalPageScript } from './page-script.ts';
import { sealReply } from './page-seal.ts';
import { answerStore } from './page-store.ts';
import { PAGE_STYLE } from './page-style.ts';
import { escapeHtml, scriptJson } from './page-text.ts';
import { fill, PAGE_WORDS, type PageWords } from './page-words.ts';

/**
 * The approval page: one HTML file a client opens offline, answers, and sends back. It brings all
 * it shows and runs; its policy allows its one script and one stylesheet, by hash, and pictures
 * as data: URIs — nothing else, so a caption can neither run code nor fetch a thing.
 */

// Source text, so the script stays typed where it is written; each function stands alone.
const SCRIPT = `(${approvalPageScript.toString()})(${sealReply.toString()}, ${answerStore.toString()});`;

const hash = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const POLICY = [
  "default-src 'none'",
  `script-src ${hash(SCRIPT)}`,
  `style-src ${hash(PAGE_STYLE)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function daysHtml(data: PlanPageData, words: PageWords): string {
  const withYear = spansYears(data.from, data.to);
  const needComment = fill(words.needComment, { name: data.freelancer.name });
  const days = new Map<string, PlanPagePost[]>();
  for (const post of data.posts) days.set(post.date, [...(days.get(post.date) ?? []), post]);
  let index = 0;
  return [...days]
    .map(([date, posts]) => {
      const day = dayWords(date, words, withYear);
      const cards = posts.map((post) => {
        const postName = fill(words.postName, { day, time: post.time });
        return postHtml(post, { key: `p${index++}`, postName, needComment }, words);
      });
      return `<section class="day" aria-labelledby="d-${escapeHtml(date)}"><h2 id="d-${escapeHtml(date)}">${escapeHtml(day)}</h2>\n${cards.join('\n')}</section>`;
    })
    .join('\n');
}

function scriptData(data: PlanPageData, words: PageWords): PageScriptData {
  const name = data.freelancer.name;
  return {
    v: PLAN_VERSION,
    plan: data.plan,
    sig: data.sig,
    replyKey: data.replyKey,
    fileName: data.replyFileName,
    begin: BEGIN,
    end: END,
    commentMax: REPLY_COMMENT_MAX,
    words: {
      count: words.count,
      saved: fill(words.saved, { file: data.replyFileName, name }),
      copied: fill(words.copied, { name }),
      noAnswer: words.noAnswer,
      missingComments: words.missingComments,
      cannotSeal: words.cannotSeal,
    },
  };
}

export function planPage(data: PlanPageData): string {
  const words = PAGE_WORDS[data.language];
  const e = escapeHtml;
  const name = data.freelancer.name;
  const title = fill(words.title, { client: data.clientName });
  const period = periodWords(data.from, data.to, words);
  const n = data.posts.length;
  const logo = data.freelancer.logo;
  // The name beside it says who it is: the logo itself is decoration.
  const logoHtml = logo
    ? `<img class="logo" src="data:${e(logo.mime)};base64,${e(logo.base64)}" alt="">`
    : '';
  return `<!doctype html>
<html lang="${data.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} — ${e(period)}</title>
<link rel="icon" href="data:,">
<style>${PAGE_STYLE}</style>
</head>
<body>
<header class="top"><div class="wrap">
<div class="brand">${logoHtml}<span>${e(name)}</span></div>
<h1>${e(title)}</h1>
<p class="sub">${e(fill(n === 1 ? words.postCount.one : words.postCount.other, { n }))} · ${e(period)}</p>
<p class="zone">${e(fill(words.zone, { zone: data.timeZone.replace(/_/g, ' ') }))}</p>
<p class="made">${e(fill(words.madeBy, { name, date: instantDayWords(data.madeAt, data.timeZone, words) }))}</p>
<p class="how">${e(words.how)}</p>
<p class="how">${e(fill(words.howToSend, { name }))}</p>
<noscript><p>${e(fill(words.noScript, { name }))}</p></noscript>
</div></header>
<main class="wrap">
${daysHtml(data, words)}
</main>
<footer class="bar"><div class="wrap">
<p class="count" id="count">${e(fill(words.count, { done: 0, total: n }))}</p>
<div class="actions"><button type="button" class="primary" id="save">${e(words.save)}</button><button type="button" class="secondary" id="copy">${e(words.copy)}</button></div>
<p class="send-back">${e(fill(words.sendBack, { name }))}</p>
<p class="status" id="status" role="status"></p>
</div></footer>
<dialog id="copy-dialog" aria-labelledby="copy-title" aria-describedby="copy-hint">
<h2 id="copy-title">${e(words.copyTitle)}</h2>
<p id="copy-hint">${e(fill(words.copyHint, { name }))}</p>
<label class="sr" for="copy-text">${e(words.copyField)}</label>
<textarea id="copy-text" readonly></textarea>
<div class="dialog-actions"><button type="button" class="primary" id="copy-close">${e(words.close)}</button></div>
</dialog>
<script type="application/json" id="calepin-plan">${scriptJson(scriptData(data, words))}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
