import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MetricValues } from '../../shared/domain/metrics.ts';
import type { PostCreate } from '../../shared/domain/post.ts';
import { REPORT_SECTIONS } from '../../shared/domain/report.ts';
import { type EnvelopeError, startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';
import { afterSweep, pngFile, sendFile, storedPath } from '../support/seeds/media-files.ts';

const LOGGED_ON = '2026-11-05';

/**
 * The bakery's October on Instagram and LinkedIn: three published posts with numbers (reach 1000,
 * 2000 and 500; engagements 100, 300 and 20: 420 ÷ 3500 = 12 %), one in September (the month
 * before: 50 ÷ 1000 = 5 %), two drafts and a cancelled post planned in November (the next plan).
 */
async function bakery(core: TestCore) {
  const seed = await seedCalendar(core);
  const { client, ig, li } = seed;
  const published = async (over: Partial<PostCreate>, reach: number, reactions: number) => {
    const post = await seed.create({ status: 'published', ...over });
    const cells = Object.entries({ reach, reactions }).map(([metric, value]) => ({
      postId: post.id,
      metric: metric as keyof MetricValues,
      value,
    }));
    await core.call('metrics.save', { on: LOGGED_ON, cells });
    return post;
  };
  const september = await published({ date: '2026-09-10', caption: 'Rentrée des pains' }, 1000, 50);
  const croissants = await published({ date: '2026-10-02', caption: 'Croissants du vendredi' }, 1000, 100);
  const brioche = await published(
    { date: '2026-10-12', caption: 'Brioche du dimanche', format: 'video' },
    2000,
    300,
  );
  const pro = await published(
    { date: '2026-10-20', channelId: li.id, caption: 'Nos pains pour les pros', format: 'text' },
    500,
    20,
  );
  await seed.create({ date: '2026-11-03', status: 'draft', caption: 'Galette en avance' });
  await seed.create({ date: '2026-11-10', status: 'ready', caption: 'Pain d’épices' });
  await seed.create({ date: '2026-11-12', status: 'cancelled', caption: 'Annulé' });
  await seed.create({ date: '2026-11-14', status: 'idea', caption: 'Idée : un jeu concours ?' });
  return { ...seed, client, ig, li, september, croissants, brioche, pro };
}

const october = (clientId: string) =>
  ({ clientId, kind: 'month', from: '2026-10-01', to: '2026-11-01', language: 'fr' }) as const;

describe('client reports', () => {
  it('saves the month’s figures as the dashboard reads them, with the next month’s plan', async () => {
    const core = await startTestCore();
    const s = await bakery(core);
    const report = await core.call('reports.create', october(s.client.id));
    const dashboard = await core.call('kpis.dashboard', {
      clientId: s.client.id,
      from: '2026-10-01',
      to: '2026-11-01',
      previousFrom: '2026-09-01',
    });
    // The same figures as the dashboard, read at the same moment.
    expect(report.figures.dashboard).toEqual(dashboard);
    expect(report.figures.dashboard.current.totals.sums.reach).toBe(3500);
    expect(report.figures.dashboard.previous.totals.sums.reach).toBe(1000);
    expect(report.figures.dashboard.top[0]).toMatchObject({ postId: s.brioche.id, rate: 15 });
    expect(report.figures.client).toEqual({
      name: 'Boulangerie Martin',
      color: '#E4572E',
      timeZone: 'Europe/Paris',
      currency: 'EUR',
    });
    expect(report.sections).toEqual(REPORT_SECTIONS.map((id) => ({ id, on: true })));
    // November's plan: the draft and the ready post, not the cancelled one nor the idea, on Paris's clock.
    expect(report.figures.plan).toMatchObject({ from: '2026-11-01', to: '2026-12-01', total: 2 });
    expect(report.figures.plan.posts.map((p) => [p.date, p.time, p.status, p.caption])).toEqual([
      ['2026-11-03', '10:00', 'draft', 'Galette en avance'],
      ['2026-11-10', '10:00', 'ready', 'Pain d’épices'],
    ]);
    expect(report.figures.benchmark).toBeNull();
    expect(report.figures.audit).toBeNull();
    expect(await core.call('reports.list', { clientId: s.client.id })).toMatchObject([
      { id: report.id, kind: 'month', from: '2026-10-01', to: '2026-11-01', figuresAt: report.figures.at },
    ]);
  });

  it('keeps the figures it was made with after a number is corrected, and says which changed', async () => {
    const core = await startTestCore();
    const s = await bakery(core);
    const made = await core.call('reports.create', october(s.client.id));
    expect((await core.call('reports.get', { id: made.id })).changes).toEqual([]);

    // The brioche's reach was 2,500, not 2,000: the next day's reading corrects it.
    await core.call('metrics.save', {
      on: '2026-11-06',
      cells: [{ postId: s.brioche.id, metric: 'reach', value: 2500 }],
    });
    const view = await core.call('reports.get', { id: made.id });
    expect(view.report.figures).toEqual(made.figures);
    const changed = new Map(view.changes.map((c) => [c.key, [c.before, c.now]]));
    expect(changed.get('kpi:reach')).toEqual([3500, 4000]);
    expect(changed.get(`post:${s.brioche.id}:rate`)).toEqual([15, 12]);
    expect(changed.get('kpi:engagements')).toBeUndefined();

    // Brought up to date on purpose: the text stays, the figures are today's.
    await core.call('reports.update', { id: made.id, summary: 'Un bon mois.' });
    const refreshed = await core.call('reports.refresh', { id: made.id });
    expect(refreshed.figures.dashboard.current.totals.sums.reach).toBe(4000);
    expect(refreshed.summary).toBe('Un bon mois.');
    expect((await core.call('reports.get', { id: made.id })).changes).toEqual([]);
  });

  it('measures objectives up to the period’s last day: a later month’s numbers are not a correction', async () => {
    const core = await startTestCore();
    const s = await bakery(core);
    const objective = await core.call('objectives.create', {
      clientId: s.client.id,
      title: 'Toucher 10 000 personnes',
      kpi: 'reach',
      baseline: 0,
      target: 10000,
      goal: 'awareness',
      why: '',
      startOn: '2026-09-01',
      deadline: '2027-03-31',
    });
    // Made on 26 November, after November's first reach was logged: October's report leaves it out.
    const november = await s.create({ status: 'published', date: '2026-11-04', caption: 'Galette' });
    await core.call('metrics.save', {
      on: LOGGED_ON,
      cells: [{ postId: november.id, metric: 'reach', value: 700 }],
    });
    const made = await core.call('reports.create', october(s.client.id));
    const [measured] = made.figures.objectives;
    expect(measured?.id).toBe(objective.id);
    expect(measured?.current.value).toBe(1000 + 3500);

    // Two weeks later, more of November is logged: October's report has nothing new to say.
    core.clock.set('2026-12-10T09:00:00.000Z');
    const later = await s.create({ status: 'published', date: '2026-11-25', caption: 'Bûche' });
    await core.call('metrics.save', {
      on: '2026-12-01',
      cells: [{ postId: later.id, metric: 'reach', value: 900 }],
    });
    expect((await core.call('reports.get', { id: made.id })).changes).toEqual([]);
    // The dashboard's objective, measured today, has moved on.
    const [today] = await core.call('objectives.list', { clientId: s.client.id });
    expect(today?.current.value).toBe(1000 + 3500 + 700 + 900);
  });

  it('keeps the user’s order of sections, those switched off, and the text, across a restart', async () => {
    const core = await startTestCore();
    const s = await bakery(core);
    const made = await core.call('reports.create', {
      ...october(s.client.id),
      language: 'en',
      paper: 'letter',
    });
    const order = [...REPORT_SECTIONS].reverse().map((id) => ({ id, on: id !== 'plan' }));
    await core.call('reports.update', {
      id: made.id,
      sections: order,
      summary: 'A good month for videos.',
      recommendations: 'Post the brioche again on Sunday.',
      title: 'October',
    });
    await core.close();
    const again = await startTestCore({ dataDir: core.dataDir });
    const { report } = await again.call('reports.get', { id: made.id });
    expect(report).toMatchObject({
      sections: order,
      summary: 'A good month for videos.',
      recommendations: 'Post the brioche again on Sunday.',
      title: 'October',
      language: 'en',
      paper: 'letter',
    });
  });

  it('refuses new figures for an archived client but still opens its reports as sent', async () => {
    const core = await startTestCore();
    const s = await bakery(core);
    const made = await core.call('reports.create', october(s.client.id));
    await core.call('clients.archive', { id: s.client.id, archived: true });
    const refusal = async (call: Promise<unknown>) =>
      ((await call.catch((e: unknown) => e)) as EnvelopeError).error.issues;
    expect(await refusal(core.call('reports.create', october(s.client.id)))).toEqual([
      { path: ['clientId'], code: 'clientArchived' },
    ]);
    expect(await refusal(core.call('reports.refresh', { id: made.id }))).toEqual([
      { path: ['id'], code: 'clientArchived' },
    ]);
    expect((await core.call('reports.get', { id: made.id })).report.figures).toEqual(made.figures);
  });

  it('goes to the trash and comes back whole', async () => {
    const core = await startTestCore();
    const s = await bakery(core);
    const made = await core.call('reports.create', october(s.client.id));
    const item = await core.call('reports.delete', { id: made.id });
    expect(item).toMatchObject({
      type: 'report',
      label: '2026-10-01 → 2026-10-31',
      clientName: 'Boulangerie Martin',
    });
    expect(await core.call('reports.list', { clientId: s.client.id })).toEqual([]);
    await core.call('trash.restore', { type: 'report', id: made.id });
    expect((await core.call('reports.get', { id: made.id })).report.figures).toEqual(made.figures);
  });

  it('prints to a PDF in exports/ in the app, and says plainly that a browser prints it itself', async () => {
    const web = await startTestCore();
    const s = await bakery(web);
    const made = await web.call('reports.create', october(s.client.id));
    const refused = await web.call('reports.pdf', { id: made.id }).catch((e: unknown) => e);
    expect((refused as EnvelopeError).error.issues).toEqual([{ path: [], code: 'printUnavailable' }]);

    const pdf = Buffer.from('%PDF-1.7 a report');
    const printed: string[] = [];
    await web.close();
    const printedAs = (what: string) => {
      printed.push(what);
      return pdf;
    };
    const app = await startTestCore({
      dataDir: web.dataDir,
      printer: { window: async () => printedAs('window'), file: async (path) => printedAs(path) },
    });
    const file = await app.call('reports.pdf', { id: made.id });
    expect(printed).toEqual(['window']);
    expect(file).toEqual({ name: 'calepin-report-boulangerie-martin-2026-10-01.pdf', size: pdf.length });
    expect(readFileSync(join(app.dataDir, 'exports', file.name))).toEqual(pdf);
  });

  it('keeps the pictures it showed after their post is purged from the trash', async () => {
    const core = await startTestCore();
    const s = await bakery(core);
    // The start's backup, taken in the background, would keep the picture alive if it came after it.
    await core.startupBackup;
    const photo = await sendFile(core, s.brioche.id, pngFile(40, 30, 3), { thumbnail: null });
    const made = await core.call('reports.create', october(s.client.id));
    expect(made.figures.pictures[s.brioche.id]).toBe(photo.sha256);

    await core.call('posts.delete', { ids: [s.brioche.id] });
    await core.call('trash.purge', { type: 'post', id: s.brioche.id });
    await afterSweep();
    expect(existsSync(storedPath(core.dataDir, photo.sha256))).toBe(true);
    // Once the report goes too, nothing needs the picture any more.
    await core.call('reports.delete', { id: made.id });
    await core.call('trash.purge', { type: 'report', id: made.id });
    await afterSweep();
    expect(existsSync(storedPath(core.dataDir, photo.sha256))).toBe(false);
  });

  it('keeps the freelancer’s name and logo for every cover, and lets the logo go', async () => {
    const core = await startTestCore();
    expect(await core.call('profile.get', undefined)).toEqual({ name: '', logo: null });
    await core.call('profile.update', { name: '  Camille Durand ' });
    const logo = pngFile(64, 32);
    const withLogo = await core.call('profile.setLogo', {
      file: { name: 'camille.png', base64: logo.toString('base64') },
    });
    expect(withLogo).toMatchObject({
      name: 'Camille Durand',
      logo: { name: 'camille.png', mime: 'image/png' },
    });
    expect(existsSync(storedPath(core.dataDir, withLogo.logo?.sha256 ?? ''))).toBe(true);
    // A phone's HEIC photo: stored for a post, but no browser would draw it on a cover.
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(40)]);
    const refused = await core
      .call('profile.setLogo', { file: { name: 'logo.heic', base64: heic.toString('base64') } })
      .catch((e: EnvelopeError) => e.error.issues?.[0]?.code);
    expect(refused).toBe('unsupportedFile');
    expect(await core.call('profile.get', undefined)).toEqual(withLogo);
    expect(await core.call('profile.setLogo', { file: null })).toEqual({
      name: 'Camille Durand',
      logo: null,
    });
  });
});
