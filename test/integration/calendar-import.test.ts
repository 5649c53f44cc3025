import { describe, expect, it } from 'vitest';
import { utcToZoned } from '../../shared/calendar/zoned.ts';
import { POST_CSV_COLUMNS } from '../../shared/export/post-csv.ts';
import { startTestCore } from '../support/hosts/fixture.ts';
import { countRows, dumpTables } from '../support/readers/db-dump.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';
import { MISSING_ID } from '../support/seeds/inputs.ts';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** A planned week as a freelancer types it in a spreadsheet; row 3 has a negative budget. */
const WEEK = [
  'date,time,channel,status,format,caption,link_url,pillar,campaign,paid,budget,notes',
  '2026-11-23,09:30,instagram:@boulangerie.martin,ready,image,"Croissants, tout chauds 🥐",https://boulangerie-martin.fr,Recettes,Hiver,yes,25.50,Photo de Léa',
  '2026-11-24,12:00,linkedin:Boulangerie Martin,draft,article,"Notre levain,\nune histoire de famille",,,,no,-10,',
  '2026-11-25,18:00,instagram:@boulangerie.martin,idea,reel,Coulisses du fournil,,,,no,,',
].join('\r\n');

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return (error as { error: { code: string; issues?: unknown[] } }).error;
  }
  throw new Error('expected the call to fail');
};

describe('calendar.importCsv', () => {
  it('previews every row with its issues, and writes nothing', async () => {
    const core = await startTestCore();
    const { client } = await seedCalendar(core);
    const before = dumpTables(core.ctx.db);

    const result = await core.call('calendar.importCsv', {
      clientId: client.id,
      base64: base64(WEEK),
      commit: false,
    });

    expect(result.created).toBe(0);
    expect(result.rows).toEqual([
      {
        line: 2,
        date: '2026-11-23',
        time: '09:30',
        channel: 'instagram:@boulangerie.martin',
        status: 'ready',
        format: 'image',
        excerpt: 'Croissants, tout chauds 🥐',
        skipped: false,
        issues: [],
      },
      {
        line: 3,
        date: '2026-11-24',
        time: '12:00',
        channel: 'linkedin:Boulangerie Martin',
        status: 'draft',
        format: 'article',
        excerpt: 'Notre levain, une histoire de famille',
        skipped: false,
        issues: [{ path: ['budget'], code: 'negativeBudget', params: { value: '-10' } }],
      },
      expect.objectContaining({
        line: 4,
        channel: 'instagram:@boulangerie.martin',
        status: 'idea',
        issues: [],
      }),
    ]);
    expect(dumpTables(core.ctx.db)).toEqual(before);
  });

  it('imports nothing while a row has an error, and names the row and column', async () => {
    const core = await startTestCore();
    const { client } = await seedCalendar(core);
    const before = dumpTables(core.ctx.db);

    const error = await failure(
      core.call('calendar.importCsv', { clientId: client.id, base64: base64(WEEK), commit: true }),
    );

    expect(error).toEqual({
      code: 'invalid_input',
      message: expect.stringContaining('nothing was imported'),
      issues: [{ path: ['rows', '3', 'budget'], code: 'negativeBudget', params: { value: '-10' } }],
    });
    expect(dumpTables(core.ctx.db)).toEqual(before);
  });

  it('imports every other row once the faulty one is skipped, in one go', async () => {
    const core = await startTestCore();
    const { client, ig, pillar } = await seedCalendar(core);

    const result = await core.call('calendar.importCsv', {
      clientId: client.id,
      base64: base64(WEEK),
      skipLines: [3],
      commit: true,
    });

    expect(result.created).toBe(2);
    expect(result.rows.map((r) => [r.line, r.skipped])).toEqual([
      [2, false],
      [3, true],
      [4, false],
    ]);
    const posts = await core.call('posts.list', {
      clientId: client.id,
      from: '2026-11-23',
      to: '2026-11-30',
    });
    expect(posts.map((p) => utcToZoned(p.plannedAt, 'Europe/Paris'))).toMatchObject([
      { date: '2026-11-23', time: '09:30' },
      { date: '2026-11-25', time: '18:00' },
    ]);
    expect(posts[0]).toMatchObject({
      channelId: ig.id,
      status: 'ready',
      format: 'image',
      caption: 'Croissants, tout chauds 🥐',
      linkUrl: 'https://boulangerie-martin.fr',
      pillarId: pillar.id,
      campaign: 'Hiver',
      paid: true,
      budgetCents: 2550,
      notes: 'Photo de Léa',
    });
    // The imported captions are searchable like typed ones.
    const found = await core.call('posts.list', { clientId: client.id, search: 'croissant' });
    expect(found.map((p) => p.id)).toEqual([posts[0]?.id]);
  });

  it('reads a French spreadsheet: semicolons, decimal commas, oui/non, a BOM', async () => {
    const core = await startTestCore();
    const { client, li } = await seedCalendar(core);
    const csv =
      '\uFEFFdate;time;channel;status;paid;budget;caption\r\n2026-11-26;8:15;LinkedIn:boulangerie martin;Prêt;oui;12,50;"Pain; beurre"\r\n';

    const result = await core.call('calendar.importCsv', {
      clientId: client.id,
      base64: base64(csv),
      commit: true,
    });

    expect(result.created).toBe(1);
    const [post] = await core.call('posts.list', { clientId: client.id });
    expect(post).toMatchObject({
      channelId: li.id,
      plannedAt: '2026-11-26T07:15:00.000Z',
      status: 'ready',
      paid: true,
      budgetCents: 1250,
      caption: 'Pain; beurre',
    });
  });

  it('reads a UTF-16 file with its byte-order mark', async () => {
    const core = await startTestCore();
    const { client } = await seedCalendar(core);
    const text =
      'date,time,channel,caption\n2026-11-26,10:00,instagram:@boulangerie.martin,Crème brûlée 🍮\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const result = await core.call('calendar.importCsv', {
      clientId: client.id,
      base64: bytes.toString('base64'),
      commit: true,
    });
    expect(result.created).toBe(1);
    expect((await core.call('posts.list', { clientId: client.id }))[0]?.caption).toBe('Crème brûlée 🍮');
  });

  it('refuses a file that is not UTF-8 and asks for CSV UTF-8, changing nothing', async () => {
    const core = await startTestCore();
    const { client } = await seedCalendar(core);
    const before = dumpTables(core.ctx.db);
    const cp1252 = Buffer.from(
      'date,time,channel,caption\n2026-11-26,10:00,instagram,Crème brûlée\n',
      'latin1',
    );

    for (const commit of [false, true]) {
      const error = await failure(
        core.call('calendar.importCsv', { clientId: client.id, base64: cp1252.toString('base64'), commit }),
      );
      expect(error).toMatchObject({
        code: 'invalid_input',
        issues: [{ path: ['file'], code: 'csvEncoding' }],
      });
    }
    expect(dumpTables(core.ctx.db)).toEqual(before);
  });

  it.each([
    ['a tab', '\t'],
    ['a pipe', '|'],
  ])('explains the expected columns when the file uses %s as delimiter', async (_, delimiter) => {
    const core = await startTestCore();
    const { client } = await seedCalendar(core);
    const header = ['date', 'time', 'channel'].join(delimiter);
    const csv = `${header}\n${['2026-11-26', '10:00', 'instagram:@boulangerie.martin'].join(delimiter)}\n`;
    const error = await failure(
      core.call('calendar.importCsv', { clientId: client.id, base64: base64(csv), commit: false }),
    );
    const expected = POST_CSV_COLUMNS.join(', ');
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [
        { path: ['file'], code: 'csvUnknownColumns', params: { columns: header, expected } },
        { path: ['file'], code: 'csvMissingColumns', params: { columns: 'date, time, channel', expected } },
      ],
    });
  });

  it('names unknown and missing columns', async () => {
    const core = await startTestCore();
    const { client } = await seedCalendar(core);
    const csv = 'jour,time,channel,likes\n2026-11-26,10:00,instagram:@boulangerie.martin,12\n';
    const error = await failure(
      core.call('calendar.importCsv', { clientId: client.id, base64: base64(csv), commit: true }),
    );
    expect(error).toMatchObject({
      issues: [
        { code: 'csvUnknownColumns', params: { columns: 'jour, likes' } },
        { code: 'csvMissingColumns', params: { columns: 'date' } },
      ],
    });
    expect(countRows(core.ctx.db, 'SELECT count(*) FROM posts')).toBe(0);
  });

  it('refuses another client’s channel and an unknown pillar, creating no pillar', async () => {
    const core = await startTestCore();
    const { client } = await seedCalendar(core);
    const csv =
      'date,time,channel,pillar\n2026-11-26,10:00,x:@dupont,\n2026-11-27,10:00,instagram:@boulangerie.martin,Recette\n';
    const before = dumpTables(core.ctx.db);

    const preview = await core.call('calendar.importCsv', {
      clientId: client.id,
      base64: base64(csv),
      commit: false,
    });

    expect(preview.rows.map((r) => r.issues)).toEqual([
      [
        {
          path: ['channel'],
          code: 'unknownChannel',
          params: {
            value: 'x:@dupont',
            channels: 'instagram:@boulangerie.martin, linkedin:Boulangerie Martin',
          },
        },
      ],
      [{ path: ['pillar'], code: 'unknownPillar', params: { value: 'Recette' } }],
    ]);
    const error = await failure(
      core.call('calendar.importCsv', { clientId: client.id, base64: base64(csv), commit: true }),
    );
    expect(error).toMatchObject({
      issues: [
        { path: ['rows', '2', 'channel'], code: 'unknownChannel' },
        { path: ['rows', '3', 'pillar'], code: 'unknownPillar' },
      ],
    });
    expect(dumpTables(core.ctx.db)).toEqual(before);
  });

  it('imports an exported calendar into another client with the same channels', async () => {
    const core = await startTestCore();
    const { client, li, create } = await seedCalendar(core);
    await create({ date: '2026-03-29', time: '03:30', caption: 'Heure d’été' });
    await create({
      channelId: li.id,
      date: '2026-03-30',
      time: '08:00',
      caption: 'Lundi\n"citation", fin',
      budgetCents: 99,
    });
    const exported = await core.call('calendar.exportCsv', {
      clientId: client.id,
      from: '2026-03-23',
      to: '2026-04-06',
    });
    // Seeded the same way, the copy has the same channels and pillar.
    const { client: copy } = await seedCalendar(core, { client: { name: 'Boulangerie Martin (copie)' } });

    const result = await core.call('calendar.importCsv', {
      clientId: copy.id,
      base64: base64(exported.text),
      commit: true,
    });

    expect(result.created).toBe(2);
    const strip = (p: {
      plannedAt: string;
      caption: string;
      budgetCents: number | null;
      status: string;
    }) => ({
      plannedAt: p.plannedAt,
      caption: p.caption,
      budgetCents: p.budgetCents,
      status: p.status,
    });
    const original = await core.call('posts.list', { clientId: client.id });
    const imported = await core.call('posts.list', { clientId: copy.id });
    expect(imported.map(strip)).toEqual(original.map(strip));
  });

  it('imports another client’s file by mapping its channels, with segments and formula-like captions intact', async () => {
    const core = await startTestCore();
    const { client: dupont, create } = await seedCalendar(core, {
      client: { name: 'Fromagerie Dupont' },
      channels: {
        ig: { handle: '@fromagerie.dupont' },
        fb: { network: 'facebook', handle: 'Dupont', url: '' },
      },
    });
    const dupontSegment = await core.call('segments.create', { clientId: dupont.id, name: 'Gourmets' });
    const captions = ['=HYPERLINK("http://evil.example","Cliquez")', '-20 % sur le comté', "'+1"];
    for (const [i, caption] of captions.entries())
      await create({ date: '2026-11-23', time: `0${i + 7}:00`, caption, segmentIds: [dupontSegment.id] });
    const fb = (await core.call('channels.list', { clientId: dupont.id })).find(
      (c) => c.network === 'facebook',
    );
    await create({ channelId: fb?.id, date: '2026-11-24', caption: 'Facebook seulement' });
    const file = await core.call('calendar.exportCsv', {
      clientId: dupont.id,
      from: '2026-11-23',
      to: '2026-11-30',
    });
    expect(file.text).toContain(`'=HYPERLINK`);

    const { client, ig } = await seedCalendar(core);
    const gourmets = await core.call('segments.create', { clientId: client.id, name: 'gourmets' });
    const preview = await core.call('calendar.importCsv', {
      clientId: client.id,
      base64: base64(file.text),
      commit: false,
    });
    // The bakery's only Instagram account is suggested; it has no Facebook page.
    expect(preview.channels).toEqual([
      { value: 'instagram:@fromagerie.dupont', rows: 3, channelId: ig.id, match: 'suggested' },
      { value: 'facebook:Dupont', rows: 1, channelId: null, match: 'none' },
    ]);

    // A suggestion is only a suggestion: committed without the user's word, its rows are refused.
    const unconfirmed = await core.dispatch('calendar.importCsv', {
      clientId: client.id,
      base64: base64(file.text),
      channelMap: [{ value: 'facebook:Dupont', channelId: null }],
      commit: true,
    });
    expect(unconfirmed.ok).toBe(false);
    expect(await core.call('posts.list', { clientId: client.id })).toEqual([]);

    const result = await core.call('calendar.importCsv', {
      clientId: client.id,
      base64: base64(file.text),
      channelMap: [
        { value: 'instagram:@fromagerie.dupont', channelId: ig.id },
        { value: 'facebook:Dupont', channelId: null },
      ],
      commit: true,
    });

    expect(result.created).toBe(3);
    expect(result.rows.map((r) => r.skipped)).toEqual([false, false, false, true]);
    const imported = await core.call('posts.list', { clientId: client.id });
    expect(imported.map((p) => [p.channelId, p.caption, p.segmentIds])).toEqual(
      captions.map((caption) => [ig.id, caption, [gourmets.id]]),
    );
  });

  it('refuses an unknown client', async () => {
    const core = await startTestCore();
    const error = await failure(
      core.call('calendar.importCsv', { clientId: MISSING_ID, base64: base64(WEEK), commit: false }),
    );
    expect(error).toMatchObject({ code: 'not_found' });
  });
});
