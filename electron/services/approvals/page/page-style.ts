import { NETWORK_IDS, NETWORKS } from '../../../../shared/networks.ts';

/**
 * The page's one stylesheet. Its hash is in the page's policy, which allows no `style`
 * attribute: each network's colour is therefore a class here, not an inline style.
 */

const networkColours = NETWORK_IDS.map((id) => `.net-${id}{--net:${NETWORKS[id].color}}`).join('\n');

const screen = `
:root{--ink:#1c1f23;--muted:#4f5863;--line:#d5dae0;--bg:#f3f4f6;--accent:#0b57d0;--ok:#14703f;--warn:#9c3a07;--edge:#7d8792;color-scheme:light}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
/* A focused field never hides under the sticky bar. */
html{scroll-padding-bottom:160px}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif,"Apple Color Emoji","Segoe UI Emoji","Noto Color Emoji"}
.wrap{max-width:680px;margin:0 auto;padding:0 16px}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.top{background:#fff;border-bottom:1px solid var(--line)}
.top .wrap{padding-top:24px;padding-bottom:20px}
.brand{display:flex;align-items:center;gap:12px;font-weight:600}
.logo{height:40px;width:auto;max-width:160px;object-fit:contain}
h1{font-size:1.6rem;line-height:1.25;margin:14px 0 4px}
.top p{margin:4px 0}
.sub{font-weight:600}
.zone,.how,.made{color:var(--muted)}
.how{margin-top:10px!important}
noscript p{background:#fff4d6;border:1px solid #e3c36b;border-radius:8px;padding:10px 12px}
main{padding-bottom:24px}
.day h2{font-size:1.1rem;margin:28px 0 12px}
.day h2::first-letter{text-transform:uppercase}
.post{background:#fff;border:1px solid var(--line);border-radius:12px;padding:16px;margin:0 0 16px;break-inside:avoid}
.post[data-state=approved]{box-shadow:inset 4px 0 0 var(--ok)}
.post[data-state=changes]{box-shadow:inset 4px 0 0 var(--warn)}
.post-head{display:flex;align-items:center;gap:12px}
.avatar{flex:none;display:grid;place-items:center;width:44px;height:44px;border-radius:50%;background:var(--net);color:#fff;font-weight:700;font-size:20px}
.who{flex:1;min-width:0}
.handle{font-size:1rem;margin:0;overflow-wrap:break-word}
.meta{margin:0;color:var(--muted);font-size:.875rem}
.time{margin:0;padding:2px 10px;border-radius:999px;background:var(--bg);font-weight:600;font-variant-numeric:tabular-nums}
.pics{margin-top:12px}
.pic-main{display:block;width:100%;max-height:480px;object-fit:cover;border-radius:8px;background:var(--bg)}
.pic-row{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}
.pic,.pic-more{width:72px;height:72px;border-radius:6px;object-fit:cover}
.pic-more{display:grid;place-items:center;background:#e4e7eb;font-weight:700}
.caption{margin:12px 0 0;white-space:pre-wrap;overflow-wrap:anywhere}
.tag,.mention,.url{color:var(--accent)}
.link-card{display:grid;gap:2px;margin-top:12px;padding:10px 12px;border:1px solid var(--line);border-radius:8px;background:#f9fafb}
.link-label{font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.link-host{font-weight:600}
.link-url{font-size:.875rem;color:var(--muted);overflow-wrap:anywhere}
.answer{margin-top:14px;padding-top:12px;border-top:1px solid var(--line)}
.choices{display:flex;flex-wrap:wrap;gap:8px;margin-bottom:10px}
button{font:inherit;min-height:44px;padding:8px 16px;border:2px solid var(--edge);border-radius:999px;background:#fff;color:var(--ink);cursor:pointer}
.choice.approve[aria-pressed=true]{background:var(--ok);border-color:var(--ok);color:#fff}
.choice.change[aria-pressed=true]{background:var(--warn);border-color:var(--warn);color:#fff}
.choice[aria-pressed=true]::before{content:"✓ "}
label{display:block;font-weight:600;font-size:.9rem;margin-bottom:4px}
textarea{display:block;width:100%;min-height:3.2em;padding:8px 10px;border:1px solid var(--edge);border-radius:8px;font:inherit;resize:vertical}
.post[data-state=changes] textarea{border:2px solid var(--warn)}
.need{margin:6px 0 0;color:var(--warn);font-size:.9rem}
.paper{display:none}
.bar{position:sticky;bottom:0;background:#fff;border-top:1px solid var(--line);box-shadow:0 -2px 10px rgb(0 0 0/.08)}
.bar .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:6px 16px;padding-top:10px;padding-bottom:10px}
.count{flex:1 1 auto;margin:0;font-weight:600}
.actions{display:flex;flex-wrap:wrap;gap:8px}
.primary{background:var(--accent);border-color:var(--accent);color:#fff}
.secondary{border-color:var(--accent);color:var(--accent)}
.send-back,.status{flex-basis:100%;margin:0;font-size:.875rem}
.send-back{color:var(--muted)}
.status{font-weight:600}
.status:empty{display:none}
dialog{width:calc(100% - 32px);max-width:560px;border:0;border-radius:12px;padding:20px;color:var(--ink)}
dialog::backdrop{background:rgb(0 0 0/.45)}
dialog h2{margin:0 0 8px;font-size:1.2rem}
#copy-text{height:12em;font:12px/1.4 ui-monospace,Menlo,Consolas,monospace}
.dialog-actions{display:flex;justify-content:flex-end;margin-top:12px}
@media (max-width:480px){
h1{font-size:1.35rem}
.wrap{padding:0 10px}
.post{padding:12px}
.handle{font-size:.95rem}
.actions{width:100%}
.actions button{flex:1 1 auto;padding:8px 10px;font-size:15px}
/* The header says how to send; on a phone the bar keeps to the count and the buttons. */
.send-back{display:none}
}`;

// Paper: no buttons to press; a box to tick and a line to write on, and no card cut in two.
const print = `
@page{margin:14mm}
@media print{
*{print-color-adjust:exact;-webkit-print-color-adjust:exact}
body{background:#fff;font-size:11pt}
.wrap{max-width:none;padding:0}
.top{border:0}
.bar,.answer,.how,noscript,dialog{display:none!important}
.post{box-shadow:none!important;border-color:#9aa2ab}
.day h2{break-after:avoid}
.pic-main{max-height:6cm;object-fit:contain;object-position:left center;background:none}
.paper{display:block;margin:14px 0 0;padding-top:10px;border-top:1px solid #9aa2ab;white-space:nowrap}
.paper .gap{display:inline-block;width:3em}
.paper::after{content:"";display:block;height:2.4em;border-bottom:1px solid #6b7280}
}`;

export const PAGE_STYLE = `${networkColours}${screen}${print}\n`;
