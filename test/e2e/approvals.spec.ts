import { readFileSync, writeFileSync } from 'node:fs';
import { decodeReply, encodeReply } from '../../shared/approval/reply-format.ts';
import { addDays } from '../../shared/calendar/dates.ts';
import { pngFile } from '../support/seeds/media-files.ts';
import { expect, seriousA11yViolations, test } from './fixtures.ts';
import type { E2eHost } from './host.ts';
import { openCalendarFromSidebar } from './page-models/calendar.ts';
import { days, seedStudio } from './page-models/seed.ts';

const UI = {
  en: {
    calendar: 'Calendar',
    more: 'More',
    send: 'Send for approval…',
    sendTitle: 'Send the plan for approval',
    save: 'Save the page',
    saved: /Saved calepin-plan-studio-yoga-\d{4}-\d{2}-\d{2}\.html, 5 posts to approve\./,
    close: 'Close',
    approve: /^Approve the post of/,
    change: /^Ask for a change to the post of/,
    comment: /^Comment on the post of/,
    saveReply: 'Save my reply',
    reply: 'Open a client’s reply…',
    replyTitle: 'Your client’s reply',
    apply: 'Apply 5 answers',
    applied: '5 answers applied to their posts.',
    approved: 'Approved by the client',
    changes: 'The client asked for a change',
    tooBig: 'This file is too big to be a client’s reply.',
    altered: /^This reply was changed after the client saved it/,
    check: 'Check the reply',
  },
  fr: {
    calendar: 'Calendrier',
    more: 'Plus',
    send: 'Envoyer pour validation…',
    sendTitle: 'Envoyer le planning pour validation',
    save: 'Enregistrer la page',
    saved: /calepin-plan-studio-yoga-\d{4}-\d{2}-\d{2}\.html enregistré, 5 publications à valider\./,
    close: 'Fermer',
    approve: /^Approuver la publication du/,
    change: /^Demander une modification de la publication du/,
    comment: /^Commentaire sur la publication du/,
    saveReply: 'Enregistrer ma réponse',
    reply: 'Ouvrir la réponse d’un client…',
    replyTitle: 'La réponse de votre client',
    apply: 'Appliquer 5 réponses',
    applied: '5 réponses appliquées à leurs publications.',
    approved: 'Validée par le client',
    changes: 'Le client demande une modification',
    tooBig: 'Ce fichier est trop gros pour être la réponse d’un client.',
    altered: /^Cette réponse a été modifiée après son enregistrement par le client/,
    check: 'Vérifier la réponse',
  },
} as const;

const CAPTIONS = [
  'Morning flow to wake up the spine',
  'Meet Léa, our new teacher 🧘',
  'Five-minute stretch for desk workers',
  'Saturday workshop: breathing',
  'Sunday class is full, thank you!',
];

/** Next week's plan, Monday to Friday at 09:30: drafts, one ready, the first with a photo. */
async function seedNextWeek(host: E2eHost) {
  const studio = await seedStudio(host);
  const monday = addDays(days().thisMonday, 7);
  const ids: string[] = [];
  for (const [i, caption] of CAPTIONS.entries()) {
    const post = await host.rpc('posts.create', {
      clientId: studio.clientId,
      channelId: i % 2 === 0 ? studio.channels.instagram : studio.channels.linkedin,
      date: addDays(monday, i),
      time: '09:30',
      caption,
      status: i === 2 ? 'ready' : 'draft',
      format: i === 0 ? 'image' : 'text',
    });
    ids.push(post.id);
  }
  const photo = pngFile(48, 48);
  const { uploadId } = await host.rpc('attachments.begin', {
    postId: ids[0] as string,
    name: 'mats.png',
    size: photo.length,
  });
  await host.rpc('attachments.chunk', { uploadId, offset: 0, base64: photo.toString('base64') });
  await host.rpc('attachments.finish', { uploadId, width: 48, height: 48 });
  await host.rpc('profile.update', { name: 'Camille Durand' });
  await host.rpc('prefs.set', {
    calendarViews: { [studio.clientId]: { view: 'week', date: monday, filters: {} } },
  });
  return { ...studio, ids };
}

for (const [language, theme] of [
  ['en', 'light'],
  ['fr', 'dark'],
] as const) {
  const ui = UI[language];
  test.describe(`approval without an account (${language}, ${theme})`, () => {
    test('sends next week to the client, who answers offline; the reply comes back on the posts', async ({
      app: page,
      host,
      browser,
    }, info) => {
      test.slow();
      const studio = await seedNextWeek(host);
      await host.rpc('prefs.set', { language, theme });
      await openCalendarFromSidebar(page, ui.calendar);

      // Two clicks and a save: the page for the client.
      await page.getByRole('button', { name: ui.more }).click();
      await page.getByRole('menuitem', { name: ui.send }).click();
      const send = page.getByRole('dialog', { name: ui.sendTitle });
      expect(await seriousA11yViolations(page)).toEqual([]);
      const downloading = page.waitForEvent('download');
      await send.getByRole('button', { name: ui.save }).click();
      const download = await downloading;
      const planPath = info.outputPath('plan.html');
      await download.saveAs(planPath);
      await expect(send.getByText(ui.saved)).toBeVisible();
      await page.screenshot({ path: `tmp-proto/approvals/send-${language}-${theme}.png` });
      await send.getByRole('button', { name: ui.close }).click();

      // The client, offline, in a browser of their own: four approvals and one change asked.
      const client = await browser.newContext({ acceptDownloads: true, offline: true, colorScheme: theme });
      const requests: string[] = [];
      await client.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('file:')) return route.continue();
        requests.push(url);
        return route.abort();
      });
      const plan = await client.newPage();
      const problems: string[] = [];
      plan.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      plan.on('pageerror', (e) => problems.push(e.message));
      await plan.goto(`file://${planPath}`);
      const approve = plan.getByRole('button', { name: ui.approve });
      await expect(approve).toHaveCount(5);
      for (const i of [0, 1, 3, 4]) await approve.nth(i).click();
      await plan.getByRole('button', { name: ui.change }).nth(2).click();
      await plan
        .getByRole('textbox', { name: ui.comment })
        .nth(2)
        .fill('Use the photo of the stretching class');
      await plan.screenshot({ path: `tmp-proto/approvals/client-${language}-${theme}.png`, fullPage: true });
      const replying = plan.waitForEvent('download');
      await plan.getByRole('button', { name: ui.saveReply }).click();
      const replyPath = info.outputPath('reply.txt');
      await (await replying).saveAs(replyPath);
      expect(requests).toEqual([]);
      expect(problems).toEqual([]);
      await client.close();
      expect(readFileSync(replyPath, 'utf8')).toMatch(/^-----BEGIN CALEPIN REPLY-----/);

      // Back in Calepin: the reply, checked and shown beside each post, then applied in one click.
      await page.getByRole('button', { name: ui.more }).click();
      await page.getByRole('menuitem', { name: ui.reply }).click();
      const reply = page.getByRole('dialog', { name: ui.replyTitle });
      // A 51 MB file, then the reply with a comment rewritten on the way (pasted from an e-mail):
      // each refused with its reason, nothing shown as an answer, nothing applied.
      const hugePath = info.outputPath('huge-reply.txt');
      writeFileSync(hugePath, Buffer.alloc(51 * 1024 * 1024, 'a'));
      await reply.locator('input[type=file]').setInputFiles(hugePath);
      await expect(reply.getByRole('alert')).toHaveText(ui.tooBig);
      const sent = decodeReply(readFileSync(replyPath, 'utf8'));
      if (!sent) throw new Error('the saved reply does not decode');
      const forged = encodeReply({
        ...sent,
        answers: sent.answers.map((a) => (a.c ? { ...a, c: 'Publish it as it is' } : a)),
      });
      await reply.getByRole('textbox').fill(`> Here are my answers\n${forged.replace(/^/gm, '> ')}`);
      await reply.getByRole('button', { name: ui.check }).click();
      await expect(reply.getByRole('alert')).toHaveText(ui.altered);
      await expect(reply.getByRole('listitem')).toHaveCount(0);
      expect((await host.rpc('posts.list', { clientId: studio.clientId })).map((p) => p.approval)).toEqual(
        CAPTIONS.map(() => null),
      );
      await reply.locator('input[type=file]').setInputFiles(replyPath);
      await expect(reply.getByRole('listitem')).toHaveCount(5);
      await expect(reply.getByText('Use the photo of the stretching class')).toBeVisible();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.screenshot({ path: `tmp-proto/approvals/reply-${language}-${theme}.png` });
      await reply.getByRole('button', { name: ui.apply }).click();
      // The toast and its announcement both say it.
      await expect(page.getByText(ui.applied).first()).toBeVisible();

      // Each card says what the client answered.
      await expect(page.getByText(ui.approved, { exact: true })).toHaveCount(4);
      await expect(page.getByText(new RegExp(`^${ui.changes}`))).toHaveCount(1);
      const posts = await host.rpc('posts.list', { clientId: studio.clientId });
      expect(posts.map((p) => [p.caption, p.approval?.answer, p.approval?.comment])).toEqual(
        CAPTIONS.map((caption, i) => [
          caption,
          i === 2 ? 'changes' : 'approved',
          i === 2 ? 'Use the photo of the stretching class' : '',
        ]),
      );
      await page.screenshot({ path: `tmp-proto/approvals/week-${language}-${theme}.png` });
    });
  });
}
