import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeReply,
  encodeReply,
  type ReplyBody,
  readPlan,
  type SignedPlan,
} from '../../shared/approval/reply-format.ts';
import { addDays } from '../../shared/calendar/dates.ts';
import { PLAN_POSTS_MAX } from '../../shared/domain/approval.ts';
import type { Post } from '../../shared/domain/post.ts';
import type { IssueCode } from '../../shared/errors.ts';
import { EnvelopeError, startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { planBlock, replyText } from '../support/readers/approval-file.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';

/** Next week's plan of the bakery (the clock reads Thursday 26 November): four drafts and a ready post. */
async function nextWeek(core: TestCore) {
  const seed = await seedCalendar(core);
  const post = (date: string, caption: string, status: 'draft' | 'ready' = 'draft') =>
    seed.create({ date, time: '09:30', caption, status });
  const posts: [Post, Post, Post, Post, Post] = [
    await post('2026-11-30', 'Lundi : la fournée de 7 h'),
    await post('2026-12-01', 'Mardi : la recette de la brioche'),
    await post('2026-12-02', 'Mercredi : le goûter des enfants', 'ready'),
    await post('2026-12-03', 'Jeudi : l’équipe'),
    await post('2026-12-04', 'Vendredi : la galette arrive'),
  ];
  // Not asked about: an idea, a published post, a cancelled one, the other client's.
  await seed.create({ date: '2026-12-01', status: 'idea', caption: 'Idée' });
  await seed.create({ date: '2026-12-01', status: 'cancelled', caption: 'Annulé' });
  await seed.createOther({ date: '2026-12-01', caption: 'Fromage de la semaine' });
  return { ...seed, posts };
}

const week = (clientId: string) =>
  ({ clientId, from: '2026-11-30', to: '2026-12-07', language: 'fr' }) as const;

async function exported(core: TestCore, clientId: string) {
  const file = await core.call('approvals.export', week(clientId));
  return { file, html: readFileSync(join(core.dataDir, 'exports', file.name), 'utf8') };
}

async function refusal(call: Promise<unknown>): Promise<IssueCode | undefined> {
  const error = await call.catch((e: unknown) => e);
  if (!(error instanceof EnvelopeError)) throw new Error('The call was not refused');
  return error.error.issues?.[0]?.code;
}

describe('approval without an account', () => {
  it('exports the week’s drafts and ready posts as one page, its plan signed', async () => {
    const core = await startTestCore();
    const s = await nextWeek(core);
    const { file, html } = await exported(core, s.client.id);
    expect(file).toMatchObject({ name: 'calepin-plan-boulangerie-martin-2026-11-30.html', posts: 5 });
    expect(file.size).toBe(Buffer.byteLength(html));
    for (const p of s.posts) expect(html).toContain(p.caption.split(' : ')[1]);
    expect(html).not.toContain('Fromage de la semaine');
    expect(html).not.toContain('Annulé');
    const plan = readPlan(planBlock(html).plan);
    expect(plan?.posts.map(([id]) => id)).toEqual(s.posts.map((p) => p.id));
    expect(plan).toMatchObject({ clientId: s.client.id, from: '2026-11-30', to: '2026-12-07' });
    // The key stays in the data folder: nothing of it is in the file.
    const key = readFileSync(join(core.dataDir, 'approval.key'));
    expect(html).not.toContain(key.toString('base64url'));
    expect(html).not.toContain(key.toString('base64'));
  });

  it('shows each answer beside its post, then writes those whose post is as the client saw it', async () => {
    const core = await startTestCore();
    const s = await nextWeek(core);
    const { html } = await exported(core, s.client.id);
    const [mon, tue, wed, thu, fri] = s.posts;
    const text = replyText(planBlock(html), [
      { p: mon.id, a: 'approved', c: '' },
      { p: tue.id, a: 'approved', c: '' },
      { p: wed.id, a: 'changes', c: 'Plutôt une photo des chouquettes' },
      { p: thu.id, a: 'approved', c: 'Super' },
    ]);
    // Thursday's caption changed after the export; Friday's post is not answered.
    await core.call('posts.update', { id: thu.id, caption: 'Jeudi : toute l’équipe' });

    const preview = await core.call('approvals.read', { clientId: s.client.id, text });
    expect(preview).toMatchObject({
      clientName: 'Boulangerie Martin',
      from: '2026-11-30',
      to: '2026-12-07',
      answeredAt: '2026-12-10T18:00:00.000Z',
      unanswered: 1,
    });
    expect(preview.answers.map((a) => [a.post?.date, a.answer, a.state, a.comment])).toEqual([
      ['2026-11-30', 'approved', 'ready', ''],
      ['2026-12-01', 'approved', 'ready', ''],
      ['2026-12-02', 'changes', 'ready', 'Plutôt une photo des chouquettes'],
      ['2026-12-03', 'approved', 'changed', 'Super'],
    ]);
    // Reading writes nothing.
    expect((await core.call('posts.get', { id: mon.id })).approval).toBeNull();

    const applied = await core.call('approvals.apply', { clientId: s.client.id, text });
    expect([applied.applied, applied.skipped]).toEqual([3, 1]);
    expect((await core.call('posts.get', { id: wed.id })).approval).toEqual({
      answer: 'changes',
      comment: 'Plutôt une photo des chouquettes',
      at: '2026-12-10T18:00:00.000Z',
      stale: false,
    });
    expect((await core.call('posts.get', { id: thu.id })).approval).toBeNull();
    expect((await core.call('posts.get', { id: fri.id })).approval).toBeNull();

    // Once the post is edited, the client's answer is about another version, and says so.
    await core.call('posts.update', { id: mon.id, caption: 'Lundi : la fournée de 6 h' });
    expect((await core.call('posts.get', { id: mon.id })).approval).toMatchObject({
      answer: 'approved',
      stale: true,
    });
    // Its notes are not what the client approved: they change nothing.
    await core.call('posts.update', { id: tue.id, notes: 'Penser au hashtag' });
    expect((await core.call('posts.get', { id: tue.id })).approval).toMatchObject({ stale: false });
  });

  it('keeps the client’s later answer when an earlier reply is opened after it', async () => {
    const core = await startTestCore();
    const s = await nextWeek(core);
    const block = planBlock((await exported(core, s.client.id)).html);
    const [mon, tue] = s.posts;
    const first = replyText(
      block,
      [
        { p: mon.id, a: 'changes', c: 'Non, pas cette photo' },
        { p: tue.id, a: 'approved', c: '' },
      ],
      '2026-12-10T18:00:00.000Z',
    );
    const second = replyText(
      block,
      [{ p: mon.id, a: 'approved', c: 'Finalement, oui' }],
      '2026-12-11T08:00:00.000Z',
    );

    // The second e-mail is read first; the first one, opened afterwards, cannot undo it.
    await core.call('approvals.apply', { clientId: s.client.id, text: second });
    const preview = await core.call('approvals.read', { clientId: s.client.id, text: first });
    expect(preview.answers.map((a) => [a.postId, a.state])).toEqual([
      [mon.id, 'answeredLater'],
      [tue.id, 'ready'],
    ]);
    const applied = await core.call('approvals.apply', { clientId: s.client.id, text: first });
    expect([applied.applied, applied.skipped]).toEqual([1, 1]);
    expect((await core.call('posts.get', { id: mon.id })).approval).toMatchObject({
      answer: 'approved',
      comment: 'Finalement, oui',
      at: '2026-12-11T08:00:00.000Z',
    });
    expect((await core.call('posts.get', { id: tue.id })).approval).toMatchObject({ answer: 'approved' });
    // The same reply opened twice writes the same answers again: nothing changes.
    const again = await core.call('approvals.apply', { clientId: s.client.id, text: second });
    expect(again.applied).toBe(1);
    expect((await core.call('posts.get', { id: mon.id })).approval).toMatchObject({
      comment: 'Finalement, oui',
    });
  });

  it('refuses a reply that is not one, was altered, answers another client or another Calepin', async () => {
    const core = await startTestCore();
    const s = await nextWeek(core);
    const { html } = await exported(core, s.client.id);
    const block = planBlock(html);
    const [first] = s.posts;
    const text = replyText(block, [{ p: first.id, a: 'approved', c: '' }]);

    expect(
      await refusal(core.call('approvals.read', { clientId: s.client.id, text: 'Bonjour, tout est bon !' })),
    ).toBe('notAReply');
    // A comment changed on the way: the seal no longer matches.
    const body = decodeReply(text) as ReplyBody;
    const edited = encodeReply({ ...body, answers: [{ p: first.id, a: 'approved', c: 'ajouté' }] });
    expect(await refusal(core.call('approvals.apply', { clientId: s.client.id, text: edited }))).toBe(
      'replyAltered',
    );
    // The plan itself changed (another post slipped in): its signature no longer matches.
    const plan = readPlan(body.plan) as SignedPlan;
    const forged = encodeReply({ ...body, plan: JSON.stringify({ ...plan, to: '2026-12-31' }) });
    expect(await refusal(core.call('approvals.apply', { clientId: s.client.id, text: forged }))).toBe(
      'replyAltered',
    );
    // Opened in the other client's calendar.
    expect(await refusal(core.call('approvals.read', { clientId: s.other.id, text }))).toBe(
      'replyOtherClient',
    );
    // Another data folder never signed that plan.
    const elsewhere = await startTestCore();
    const s2 = await nextWeek(elsewhere);
    const theirs = replyText(planBlock((await exported(elsewhere, s2.client.id)).html), []);
    expect(await refusal(core.call('approvals.read', { clientId: s.client.id, text: theirs }))).toBe(
      'replyAltered',
    );

    // A folder that never sent a plan has no key, and reading a reply does not make one.
    const fresh = await startTestCore();
    const bakery = await nextWeek(fresh);
    expect(await refusal(fresh.call('approvals.read', { clientId: bakery.client.id, text: theirs }))).toBe(
      'replyAltered',
    );
    expect(existsSync(join(fresh.dataDir, 'approval.key'))).toBe(false);

    // Nothing was written by any of them; the reply itself still applies.
    expect((await core.call('posts.get', { id: first.id })).approval).toBeNull();
    expect((await core.call('approvals.apply', { clientId: s.client.id, text })).applied).toBe(1);
  });

  it('reads a reply pasted from an e-mail, quoted and rewrapped', async () => {
    const core = await startTestCore();
    const s = await nextWeek(core);
    const text = replyText(planBlock((await exported(core, s.client.id)).html), [
      { p: s.posts[0].id, a: 'approved', c: 'Très bien, merci à toute l’équipe 🥐' },
    ]);
    const quoted = `Bonjour Camille,\n\nvoici ma réponse :\n\n${text
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n')}\n\nBonne journée`;
    const preview = await core.call('approvals.read', { clientId: s.client.id, text: quoted });
    expect(preview.answers[0]?.comment).toBe('Très bien, merci à toute l’équipe 🥐');
  });

  it('refuses an empty week, an archived client, and prints only in the app', async () => {
    const core = await startTestCore();
    const s = await nextWeek(core);
    expect(
      await refusal(
        core.call('approvals.export', { ...week(s.client.id), from: '2027-01-04', to: '2027-01-11' }),
      ),
    ).toBe('planEmpty');
    // Two months at more than five posts a day: more than a client can answer on one page.
    for (let i = 0; i <= PLAN_POSTS_MAX; i++)
      await s.create({ date: addDays('2027-02-01', i % 59), time: '08:00', caption: `Post ${i}` });
    const tooBig = { ...week(s.client.id), from: '2027-02-01', to: '2027-04-01' };
    expect(await refusal(core.call('approvals.export', tooBig))).toBe('planTooBig');
    expect(existsSync(join(core.dataDir, 'exports'))).toBe(false);
    expect(await refusal(core.call('approvals.pdf', week(s.client.id)))).toBe('printUnavailable');
    await core.call('clients.archive', { id: s.client.id, archived: true });
    expect(await refusal(core.call('approvals.export', week(s.client.id)))).toBe('clientArchived');
  });

  it('prints the same page to a PDF in the app, for a client who prefers paper', async () => {
    const web = await startTestCore();
    const s = await nextWeek(web);
    await web.close();
    const printed: string[] = [];
    const app = await startTestCore({
      dataDir: web.dataDir,
      printer: {
        window: async () => Buffer.from('not this one'),
        file: async (path) => {
          // The page is there to be laid out when the printer opens it.
          printed.push(readFileSync(path, 'utf8').includes('Lundi : la fournée de 7 h') ? path : 'missing');
          return Buffer.from('%PDF-1.7 plan');
        },
      },
    });
    const file = await app.call('approvals.pdf', week(s.client.id));
    expect(printed).toEqual([
      join(app.dataDir, 'exports', 'calepin-plan-boulangerie-martin-2026-11-30.html'),
    ]);
    expect(file).toEqual({ name: 'calepin-plan-boulangerie-martin-2026-11-30.pdf', size: 13 });
    expect(readFileSync(join(app.dataDir, 'exports', file.name), 'utf8')).toBe('%PDF-1.7 plan');
  });
});
