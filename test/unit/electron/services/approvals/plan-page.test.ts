import { createHash, createHmac } from 'node:crypto';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type {
  PlanPageData,
  PlanPagePost,
} from '../../../../../electron/services/approvals/page/page-data.ts';
import { planPage } from '../../../../../electron/services/approvals/page/page-html.ts';
import { sealReply } from '../../../../../electron/services/approvals/page/page-seal.ts';
import {
  BEGIN,
  decodeReply,
  END,
  encodeReply,
  sealedText,
} from '../../../../../shared/approval/reply-format.ts';

const ATTACK = '</script><img src=x onerror=alert(1)>';
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const post = (over: Partial<PlanPagePost>): PlanPagePost => ({
  id: 'p1',
  date: '2026-12-14',
  time: '10:00',
  network: 'instagram',
  handle: '@boulangerie',
  format: 'image',
  caption: 'Hello',
  linkUrl: '',
  pictures: [],
  more: 0,
  ...over,
});

const data = (over: Partial<PlanPageData> = {}): PlanPageData => ({
  language: 'en',
  clientName: 'Boulangerie Martin',
  timeZone: 'Europe/Paris',
  from: '2026-12-01',
  to: '2026-12-18',
  freelancer: { name: 'Marie Dupont', logo: null },
  madeAt: '2026-11-30T23:30:00Z',
  posts: [
    post({
      id: 'p1',
      date: '2026-12-01',
      caption: 'New #noel cake with @chef_paul, see https://example.com/cake.',
    }),
    post({
      id: 'p2',
      date: '2026-12-14',
      time: '18:30',
      network: 'facebook',
      linkUrl: 'https://www.example.com/x',
    }),
  ],
  plan: '{"v":1,"id":"e1"}',
  sig: 'sig-1',
  replyKey: 'key-1',
  replyFileName: 'calepin-reply.txt',
  ...over,
});

/** The page's text with what its `<script>` and `<style>` elements hold taken out: its markup. */
const markup = (html: string): string =>
  html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '<$1></$1>')
    .replace(/<noscript>[\s\S]*?<\/noscript>/, '');

const tags = (html: string): string[] => markup(html).match(/<[a-zA-Z][^>]*>/g) ?? [];

const between = (html: string, open: string, close: string): string => {
  const start = html.indexOf(open) + open.length;
  return html.slice(start, html.indexOf(close, start));
};

const sha = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the approval page', () => {
  it('keeps hostile text as text, in the markup and in its JSON block', () => {
    const html = planPage(
      data({
        clientName: ATTACK,
        freelancer: { name: ATTACK, logo: null },
        plan: `{"x":"${ATTACK}<!--"}`,
        replyFileName: `${ATTACK}.txt`,
        posts: [post({ caption: ATTACK, handle: ATTACK, linkUrl: `https://x.test/${ATTACK}` })],
      }),
    );
    expect(html).toContain('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
    // One data block and one script, each closed where the page closes it.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const block = between(html, '<script type="application/json" id="calepin-plan">', '</script>');
    expect(block).not.toContain('<');
    const parsed = JSON.parse(block) as { plan: string; fileName: string };
    expect(parsed.plan).toBe(`{"x":"${ATTACK}<!--"}`);
    expect(parsed.fileName).toBe(`${ATTACK}.txt`);
  });

  it("carries a policy whose hashes are its one script's and its one style's", () => {
    const html = planPage(data());
    const policy = between(html, '<meta http-equiv="Content-Security-Policy" content="', '">');
    const style = between(html, '<style>', '</style>');
    const script = between(html, '<script>', '</script>');
    expect(policy).toBe(
      `default-src 'none'; script-src ${sha(script)}; style-src ${sha(style)}; img-src data:; base-uri 'none'; form-action 'none'`,
    );
    expect(html.match(/<style/g)).toHaveLength(1);
  });

  it('embeds its script as plain JavaScript that names no helper of a build tool', () => {
    const script = between(planPage(data()), '<script>', '</script>');
    expect(() => new Script(script)).not.toThrow();
    expect(script).not.toMatch(/__name|__async|cov_|require\(|import\(/);
    expect(script).not.toContain('</');
  });

  it('fetches nothing: no http(s) address in any attribute, pictures as data: URIs, no anchor', () => {
    const html = planPage(
      data({ posts: [post({ pictures: [{ mime: 'image/png', base64: PNG, name: 'a.png' }] })] }),
    );
    for (const tag of tags(html)) {
      expect(tag).not.toMatch(
        /\s(src|href|srcset|action|poster|data|formaction)\s*=\s*["']?\s*(https?:|\/\/)/i,
      );
      for (const [, value] of tag.matchAll(/\s(?:src|href)="([^"]*)"/g)) expect(value).toMatch(/^data:/);
    }
    expect(html).toContain(`src="data:image/png;base64,${PNG}"`);
    expect(markup(html)).not.toMatch(/<a[\s>]/);
    expect(markup(html)).not.toMatch(/<(iframe|object|embed|link(?![^>]*rel="icon"))/);
  });

  it('has no style attribute and no event-handler attribute', () => {
    const html = planPage(
      data({ posts: [post({ caption: ATTACK }), post({ id: 'p2', caption: 'a "quote" style=x' })] }),
    );
    for (const tag of tags(html)) {
      expect(tag).not.toMatch(/\sstyle\s*=/i);
      expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });

  it('draws only webp, jpeg and png pictures, and counts the others in "+N"', () => {
    const svg = { mime: 'image/svg+xml', base64: PNG, name: 'x.svg' };
    const html = planPage(data({ posts: [post({ pictures: [svg], more: 2 })] }));
    expect(html).not.toContain('image/svg');
    expect(html).toContain('<span aria-hidden="true">+3</span><span class="sr">3 more attachments</span>');
  });

  it('tints hashtags, mentions and links without making them clickable', () => {
    const html = planPage(data());
    expect(html).toContain(
      'New <span class="tag">#noel</span> cake with <span class="mention">@chef_paul</span>, see <span class="url">https://example.com/cake</span>.',
    );
    expect(html).toContain('<span class="link-host">example.com</span>');
  });

  it('speaks English: its words, day headings and period', () => {
    const html = planPage(data());
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Plan for Boulangerie Martin</h1>');
    expect(html).toContain('>Tuesday 1 December</h2>');
    expect(html).toContain('>Monday 14 December</h2>');
    expect(html).toContain('2 posts to review · 1 – 17 December 2026');
    expect(html).toContain('aria-label="Approve the post of Monday 14 December, 18:30"');
    expect(html).toContain('Comment<span class="sr"> on the post of Monday 14 December, 18:30</span>');
    expect(html).toContain('Prepared by Marie Dupont on 1 December 2026.');
    expect(html).toContain('>Save my reply<');
    expect(html).toContain('>0 of 2 answered<');
  });

  it('speaks French with French typography', () => {
    const html = planPage(data({ language: 'fr' }));
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<h1>Publications prévues pour Boulangerie Martin</h1>');
    expect(html).toContain('>mardi 1er décembre</h2>');
    expect(html).toContain('>lundi 14 décembre</h2>');
    expect(html).toContain('2 publications à valider · du 1er au 17 décembre 2026');
    expect(html).toContain('aria-label="Approuver la publication du lundi 14 décembre à 18:30"');
    expect(html).toContain('>Enregistrer ma réponse<');
    expect(html).toContain('>Réponses\u00a0: 0 sur 2<');
    expect(html).toContain('«\u00a0Europe/Paris\u00a0»');
    expect(html).toContain('Préparé par Marie Dupont le 1er décembre 2026.');
    expect(markup(html)).not.toMatch(/Approve|Save my reply|answered/);
  });

  it('gives each day its year when the plan runs into the next one', () => {
    const posts = [post({ date: '2026-12-31' }), post({ id: 'p2', date: '2027-01-01' })];
    const en = planPage(data({ from: '2026-12-28', to: '2027-01-04', posts }));
    expect(en).toContain('28 December 2026 – 3 January 2027');
    expect(en).toContain('>Friday 1 January 2027</h2>');
    const fr = planPage(data({ language: 'fr', from: '2026-12-28', to: '2027-01-04', posts }));
    expect(fr).toContain('du 28 décembre 2026 au 3 janvier 2027');
    expect(fr).toContain('>vendredi 1er janvier 2027</h2>');
  });
});

describe("the page's reply", () => {
  it('is what encodeReply writes, with a seal the reply key checks', async () => {
    const input = { v: 1, plan: '{"v":1}', sig: 'sig-1', replyKey: 'clé-1', begin: BEGIN, end: END };
    const answers = [
      { p: 'p1', a: 'approved' as const, c: '' },
      { p: 'p2', a: 'changes' as const, c: 'Plutôt « demain » 🙂' },
    ];
    const text = await sealReply(input, answers, '2026-12-02T10:00:00.000Z');
    const body = decodeReply(text);
    expect(body).not.toBeNull();
    if (!body) return;
    expect(encodeReply(body)).toBe(text);
    expect(body.answers).toEqual(answers);
    expect(body.mac).toBe(createHmac('sha256', 'clé-1').update(sealedText(body)).digest('base64url'));
  });
});
