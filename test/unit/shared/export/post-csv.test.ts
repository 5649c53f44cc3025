import { describe, expect, it } from 'vitest';
import {
  type ImportContext,
  POST_CSV_COLUMNS,
  type PostCsvRead,
  postsToCsv,
  readPostCsv,
} from '../../../../shared/export/post-csv.ts';
import { readCsvExport } from '../../../support/readers/csv-reader.ts';
import { POST_DEFAULTS } from '../../../support/seeds/post-defaults.ts';
import {
  CLIENT_ID,
  families,
  instagram,
  linkedin,
  lookups,
  post,
  recipes,
  students,
} from './export-fixtures.ts';

const PARIS = {
  ...lookups,
  timeZone: 'Europe/Paris',
  segments: new Map([families, students].map((s) => [s.id, s])),
};
const ctx: ImportContext = {
  clientId: CLIENT_ID,
  timeZone: 'Europe/Paris',
  currency: 'EUR',
  channels: [instagram, linkedin],
  pillars: [recipes],
  segments: [families, students],
};

const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (text: string, context = ctx) => readPostCsv(utf8(text), context);

function rowsOf(result: PostCsvRead) {
  if (!result.ok) throw new Error(`file refused: ${JSON.stringify(result.issues)}`);
  return result.rows;
}

/** The exported file as header → value objects, one per post. */
const exported = (text: string) => readCsvExport(text).rows;

describe('CSV export of posts', () => {
  it('writes UTF-8 with a BOM, the documented header, and every field of a post', () => {
    const p = post({
      plannedAt: '2026-11-23T08:30:00.000Z',
      status: 'published',
      publishedAt: '2026-11-23T08:31:00.000Z',
      format: 'carousel',
      caption: 'Nos "viennoiseries", enfin !\nÀ demain 🥐',
      linkUrl: 'https://boulangerie-martin.fr/?a=1,2',
      pillarId: recipes.id,
      campaign: 'Noël 2026',
      paid: true,
      budgetCents: 123_450,
      notes: 'Photo : Léa',
      segmentIds: [families.id, students.id],
    });
    const text = postsToCsv([p], PARIS);
    expect(text.slice(1).split('\r\n')[0]).toBe(POST_CSV_COLUMNS.join(','));
    expect(exported(text)).toEqual([
      {
        date: '2026-11-23',
        time: '09:30',
        time_zone: 'Europe/Paris',
        channel: 'instagram:@boulangerie.martin',
        status: 'published',
        format: 'carousel',
        caption: 'Nos "viennoiseries", enfin !\nÀ demain 🥐',
        link_url: 'https://boulangerie-martin.fr/?a=1,2',
        pillar: 'Recettes, astuces',
        segments: 'Familles du quartier | Étudiants | Lyon',
        campaign: 'Noël 2026',
        paid: 'yes',
        budget: '1234.50',
        notes: 'Photo : Léa',
        published_at: '2026-11-23T08:31:00.000Z',
        id: p.id,
      },
    ]);
  });

  it('writes budgets with a point and two decimals, and no budget as an empty cell', () => {
    const rows = exported(
      postsToCsv([post({ budgetCents: 5 }), post({ budgetCents: 0 }), post({ budgetCents: null })], PARIS),
    );
    expect(rows.map((r) => [r.budget, r.paid])).toEqual([
      ['0.05', 'no'],
      ['0.00', 'no'],
      ['', 'no'],
    ]);
  });

  it('writes the wall-clock date and time of the client, across the daylight-saving changes', () => {
    const rows = exported(
      postsToCsv(
        [
          post({ plannedAt: '2026-03-29T01:30:00.000Z' }),
          post({ plannedAt: '2026-10-25T22:45:00.000Z' }),
          post({ plannedAt: '2026-11-22T23:15:00.000Z' }),
        ],
        PARIS,
      ),
    );
    expect(rows.map((r) => `${r.date} ${r.time}`)).toEqual([
      '2026-03-29 03:30',
      '2026-10-25 23:45',
      '2026-11-23 00:15',
    ]);
  });

  it('quotes and reads back with semicolons, for spreadsheets in French', () => {
    const text = postsToCsv([post({ caption: 'Pain; beurre, confiture', budgetCents: 250 })], PARIS, ';');
    expect(text.slice(1).split('\r\n')[0]).toBe(POST_CSV_COLUMNS.join(';'));
    expect(text).toContain(';"Pain; beurre, confiture";');
    expect(rowsOf(read(text))[0]?.input).toMatchObject({
      caption: 'Pain; beurre, confiture',
      budgetCents: 250,
    });
  });
});

describe('CSV import of posts', () => {
  it.each([',', ';'] as const)('reads back every field of an export (%j)', (delimiter) => {
    // Every field a user can fill, with the characters a CSV must quote.
    const filled = {
      status: 'ready',
      format: 'reel',
      caption: 'Ligne 1\r\nLigne "2", avec; tout 🥖',
      linkUrl: 'https://boulangerie-martin.fr/pain',
      pillarId: recipes.id,
      campaign: 'Avent',
      paid: true,
      budgetCents: 1999,
      notes: 'Validé par Mme Martin',
      segmentIds: [students.id] as string[],
    } as const;
    const posts = [
      post({ plannedAt: '2026-11-23T08:30:00.000Z', ...filled }),
      post({ plannedAt: '2026-03-29T01:00:00.000Z', channelId: linkedin.id, status: 'idea', caption: '' }),
    ];
    const rows = rowsOf(read(postsToCsv(posts, PARIS, delimiter)));
    expect(rows.map((r) => r.preview.issues)).toEqual([[], []]);
    expect(rows.map((r) => r.input)).toEqual([
      {
        clientId: CLIENT_ID,
        channelId: instagram.id,
        date: '2026-11-23',
        time: '09:30',
        ...filled,
        segmentIds: [students.id],
      },
      {
        ...POST_DEFAULTS,
        clientId: CLIENT_ID,
        channelId: linkedin.id,
        date: '2026-03-29',
        time: '03:00',
        status: 'idea',
        format: 'image',
      },
    ]);
  });

  it('needs only date, time and channel; the rest takes the composer’s defaults', () => {
    const rows = rowsOf(read('date,time,channel\n2026-11-24,07:00,instagram:@boulangerie.martin\n'));
    expect(rows[0]?.input).toEqual({
      ...POST_DEFAULTS,
      clientId: CLIENT_ID,
      channelId: instagram.id,
      date: '2026-11-24',
      time: '07:00',
    });
  });

  it('reads what a French spreadsheet writes: semicolons, decimal commas, oui/non, French words', () => {
    const text = [
      'Date;Time;Channel;Status;Format;Paid;Budget;Pillar',
      '2026-11-24;9:05;Instagram:boulangerie.martin;Publié;Carrousel;oui;1 234,5 €;recettes, ASTUCES',
      '2026-11-25;18:00:00;LinkedIn;prête;texte;non;;',
      '2026-11-26;12:00;linkedin:boulangerie martin;annulé;sondage;1;EUR 12;',
    ].join('\r\n');
    const rows = rowsOf(read(text));
    expect(rows.map((r) => r.preview.issues)).toEqual([[], [], []]);
    expect(rows.map((r) => r.input)).toMatchObject([
      {
        time: '09:05',
        channelId: instagram.id,
        status: 'published',
        format: 'carousel',
        paid: true,
        budgetCents: 123_450,
        pillarId: recipes.id,
      },
      {
        time: '18:00',
        channelId: linkedin.id,
        status: 'ready',
        format: 'text',
        paid: false,
        budgetCents: null,
      },
      { channelId: linkedin.id, status: 'cancelled', format: 'poll', paid: true, budgetCents: 1200 },
    ]);
  });

  it.each([
    ['paid', 'true', true],
    ['paid', 'FALSE', false],
    ['paid', '0', false],
    ['paid', 'Non', false],
    ['paid', 'yes', true],
    ['budget', '12.5', 1250],
    ['budget', '"12,05"', 1205],
    ['budget', '7', 700],
  ])('reads %s %j', (column, value, expected) => {
    const rows = rowsOf(
      read(`date,time,channel,${column}\n2026-11-24,07:00,instagram:@boulangerie.martin,${value}\n`),
    );
    expect(rows[0]?.input?.[column === 'paid' ? 'paid' : 'budgetCents']).toBe(expected);
  });

  it('moves a time written in another zone to the same instant on the client’s clock', () => {
    const rows = rowsOf(
      read('date,time,time_zone,channel\n2026-11-23,03:30,America/Montreal,instagram:@boulangerie.martin\n'),
    );
    expect(rows[0]?.input).toMatchObject({ date: '2026-11-23', time: '09:30' });
    expect(rows[0]?.preview).toMatchObject({ date: '2026-11-23', time: '09:30' });
  });

  it('ignores the id column, so an export imports as new posts', () => {
    const exportedPost = post();
    const rows = rowsOf(read(postsToCsv([exportedPost], PARIS)));
    expect(rows[0]?.input).not.toHaveProperty('id');
    expect(JSON.stringify(rows[0]?.input)).not.toContain(exportedPost.id);
  });

  const HEADER = 'date,time,channel,status,format,link_url,paid,budget,pillar,time_zone,caption';
  const GOOD: Record<string, string> = {
    date: '2026-11-24',
    time: '07:00',
    channel: 'instagram:@boulangerie.martin',
    status: 'draft',
    format: 'image',
    link_url: 'https://boulangerie-martin.fr',
    paid: 'no',
    budget: '',
    pillar: '',
    time_zone: '',
    caption: 'Bonjour',
  };
  const oneRow = (over: Record<string, string>) => {
    const cells = HEADER.split(',').map((c) => over[c] ?? GOOD[c] ?? '');
    const quoted = cells.map((c) => (/[,"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c));
    return `${HEADER}\n${quoted.join(',')}\n`;
  };

  it.each([
    ['date', '23/11/2026', 'csvDate', { value: '23/11/2026' }],
    ['date', '2026-02-30', 'csvDate', { value: '2026-02-30' }],
    ['date', '', 'csvDate', { value: '' }],
    ['time', '25:00', 'csvTime', { value: '25:00' }],
    ['time', '9h30', 'csvTime', { value: '9h30' }],
    [
      'channel',
      'tiktok:@boulangerie',
      'unknownChannel',
      {
        value: 'tiktok:@boulangerie',
        channels: 'instagram:@boulangerie.martin, linkedin:Boulangerie Martin',
      },
    ],
    ['channel', '', 'required', undefined],
    ['pillar', 'Recette', 'unknownPillar', { value: 'Recette' }],
    [
      'status',
      'scheduled',
      'csvChoice',
      { value: 'scheduled', choices: 'idea, draft, ready, published, cancelled' },
    ],
    ['format', 'gif', 'csvChoice', { value: 'gif', choices: expect.stringContaining('carousel, video') }],
    ['budget', '-5', 'negativeBudget', { value: '-5' }],
    ['budget', '-0,50 €', 'negativeBudget', { value: '-0,50 €' }],
    ['budget', 'douze', 'csvNumber', { value: 'douze' }],
    ['budget', '12.345', 'csvNumber', { value: '12.345' }],
    ['budget', '1,234.50', 'csvNumber', { value: '1,234.50' }],
    ['budget', '20000000', 'tooBig', { max: 10_000_000 }],
    ['link_url', 'ftp://boulangerie-martin.fr', 'invalidUrl', undefined],
    ['link_url', 'javascript:alert(1)', 'invalidUrl', undefined],
    ['paid', 'maybe', 'csvYesNo', { value: 'maybe' }],
    ['time_zone', 'Mars/Olympus', 'invalidTimeZone', { value: 'Mars/Olympus' }],
  ])('refuses %s %j with %s', (column, value, code, params) => {
    const rows = rowsOf(read(oneRow({ [column]: value })));
    expect(rows[0]?.input).toBeNull();
    expect(rows[0]?.preview.issues).toEqual([
      params ? { path: [column], code, params } : { path: [column], code },
    ]);
  });

  it('refuses a caption over 70,000 characters', () => {
    const rows = rowsOf(read(oneRow({ caption: 'x'.repeat(70_001) })));
    expect(rows[0]?.preview.issues).toEqual([
      { path: ['caption'], code: 'tooLong', params: { max: 70_000 } },
    ]);
  });

  it('reports every issue of a row, with the row number a spreadsheet shows', () => {
    const text = [
      'date,time,channel,caption,budget',
      '2026-11-24,07:00,instagram:@boulangerie.martin,"Sur\ntrois\nlignes",',
      ',,,,',
      '2026-13-01,7,myspace:@martin,Oups,-3',
    ].join('\n');
    const rows = rowsOf(read(text));
    expect(rows.map((r) => r.preview.line)).toEqual([2, 4]);
    expect(rows[1]?.preview.issues.map((i) => [i.path[0], i.code])).toEqual([
      ['date', 'csvDate'],
      ['time', 'csvTime'],
      ['channel', 'unknownChannel'],
      ['budget', 'negativeBudget'],
    ]);
    expect(rows[1]?.preview).toMatchObject({
      date: '2026-13-01',
      time: '7',
      channel: 'myspace:@martin',
      excerpt: 'Oups',
    });
  });

  it('previews a row with its normalised values and the first words of its caption', () => {
    const caption = `Les croissants   du dimanche\nsont de retour ${'et encore '.repeat(20)}`;
    const rows = rowsOf(read(oneRow({ time: '7:45', channel: 'Instagram', status: 'Idée', caption })));
    expect(rows[0]?.preview).toEqual({
      line: 2,
      date: '2026-11-24',
      time: '07:45',
      channel: 'instagram:@boulangerie.martin',
      status: 'idea',
      format: 'image',
      excerpt: 'Les croissants du dimanche sont de retour et encore et…',
      issues: [],
    });
  });

  it('refuses a row with more cells than the header', () => {
    const rows = rowsOf(
      read('date,time,channel\n2026-11-24,07:00,instagram:@boulangerie.martin,extra,more\n'),
    );
    expect(rows[0]?.preview.issues).toEqual([
      { path: [], code: 'csvTooManyCells', params: { count: 5, max: 3 } },
    ]);
  });

  it('says so when the client has no channel to import into', () => {
    const rows = rowsOf(read(oneRow({}), { ...ctx, channels: [] }));
    expect(rows[0]?.preview.issues).toEqual([{ path: ['channel'], code: 'noChannels' }]);
  });
});

describe('CSV import: problems with the whole file', () => {
  const EXPECTED = POST_CSV_COLUMNS.join(', ');

  it('names missing required columns and lists the expected ones', () => {
    expect(read('date,caption\n2026-11-24,Bonjour\n')).toEqual({
      ok: false,
      issues: [
        {
          path: ['file'],
          code: 'csvMissingColumns',
          params: { columns: 'time, channel', expected: EXPECTED },
        },
      ],
    });
  });

  it('names unknown columns', () => {
    expect(
      read('date,time,channel,Hashtags,likes\n2026-11-24,07:00,instagram:@boulangerie.martin,#pain,3\n'),
    ).toEqual({
      ok: false,
      issues: [
        {
          path: ['file'],
          code: 'csvUnknownColumns',
          params: { columns: 'hashtags, likes', expected: EXPECTED },
        },
      ],
    });
  });

  it.each(['\t', '|'])('explains the columns when the delimiter is %j', (delimiter) => {
    const header = ['date', 'time', 'channel'].join(delimiter);
    const result = read(`${header}\n${['2026-11-24', '07:00', 'instagram:@x'].join(delimiter)}\n`);
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: ['file'], code: 'csvUnknownColumns', params: { columns: header, expected: EXPECTED } },
        {
          path: ['file'],
          code: 'csvMissingColumns',
          params: { columns: 'date, time, channel', expected: EXPECTED },
        },
      ],
    });
  });

  it('refuses a column given twice, and ignores a blank column', () => {
    expect(read('date,time,channel,Date\n')).toMatchObject({
      ok: false,
      issues: [{ code: 'csvDuplicateColumns', params: { columns: 'date' } }],
    });
    expect(
      rowsOf(read('date;time;channel;;\n2026-11-24;07:00;instagram:@boulangerie.martin;;\n')),
    ).toHaveLength(1);
  });

  it('refuses a file with no posts', () => {
    for (const text of ['', '\uFEFF\r\n', 'date,time,channel\n', 'date;time;channel\r\n;;\r\n ; ;\r\n'])
      expect(read(text), JSON.stringify(text)).toEqual({
        ok: false,
        issues: [{ path: ['file'], code: 'csvNoRows' }],
      });
  });

  it('refuses a quote that never closes, naming its row', () => {
    expect(read('date,time,channel,caption\n2026-11-24,07:00,instagram,"Oups\n')).toEqual({
      ok: false,
      issues: [{ path: ['file'], code: 'csvUnterminatedQuote', params: { line: 2 } }],
    });
  });

  it('refuses a Windows-1252 file and asks for CSV UTF-8', () => {
    const latin1 = Uint8Array.from(
      'date,time,channel,caption\n2026-11-24,07:00,instagram,Crème brûlée\n',
      (c) => c.charCodeAt(0),
    );
    expect(readPostCsv(latin1, ctx)).toEqual({
      ok: false,
      issues: [{ path: ['file'], code: 'csvEncoding' }],
    });
  });

  it('reads a UTF-16 file with its byte-order mark', () => {
    const text = 'date\ttime\n'.replace(/\t/g, ',').replace('time', 'time,channel,caption');
    const body = `${text}2026-11-24,07:00,instagram:@boulangerie.martin,Crème brûlée 🍮\n`;
    const units = Array.from({ length: body.length }, (_, i) => body.charCodeAt(i));
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    expect(rowsOf(readPostCsv(le, ctx))[0]?.input?.caption).toBe('Crème brûlée 🍮');
  });
});

describe('CSV files and spreadsheets that run formulas', () => {
  const captions = [
    '=HYPERLINK("http://evil.example","Cliquez")',
    '+33 6 12 34 56 78 pour commander',
    '-20 % sur les brioches',
    '@boulangerie.martin vous attend',
    '\tTabulé',
    "'=déjà précédé d’une apostrophe",
    "Pain d'épices",
  ];

  it('writes no cell a spreadsheet would run, and reads every caption back byte for byte', () => {
    const text = postsToCsv(
      captions.map((caption) => post({ caption, campaign: '=1+1', notes: '@Léa' })),
      PARIS,
    );
    for (const row of exported(text))
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(exported(text)[0]?.caption).toBe(`'=HYPERLINK("http://evil.example","Cliquez")`);
    const rows = rowsOf(read(text));
    expect(rows.map((r) => r.input?.caption)).toEqual(captions);
    expect(rows.map((r) => [r.input?.campaign, r.input?.notes])).toEqual(
      captions.map(() => ['=1+1', '@Léa']),
    );
  });

  it('keeps an apostrophe a person typed before ordinary text', () => {
    const rows = rowsOf(read("date,time,channel,caption\n2026-11-24,07:00,Instagram,'Bonjour'\n"));
    expect(rows[0]?.input?.caption).toBe("'Bonjour'");
  });
});

describe('CSV segments column', () => {
  it('reads segment names separated by |, in any case, and refuses an unknown one', () => {
    const rows = rowsOf(
      read(
        [
          'date,time,channel,segments',
          '2026-11-24,07:00,Instagram,familles du QUARTIER',
          '2026-11-24,08:00,Instagram,Étudiants | Lyon',
          '2026-11-24,09:00,Instagram,Familles du quartier|Retraités',
          '2026-11-24,10:00,Instagram,',
        ].join('\n'),
      ),
    );
    expect(rows.map((r) => r.input?.segmentIds ?? null)).toEqual([[families.id], [students.id], null, []]);
    expect(rows[2]?.preview.issues).toEqual([
      { path: ['segments'], code: 'unknownSegment', params: { value: 'Retraités' } },
    ]);
  });
});

describe('CSV of another client: mapping its channels', () => {
  const OTHER = [
    'date,time,channel,caption',
    '2026-11-24,07:00,instagram:@fromagerie.durand,Comté 24 mois',
    '2026-11-24,08:00,facebook:Fromagerie Durand,Plateau du dimanche',
    '2026-11-25,07:00,instagram:@fromagerie.durand,Brie de Meaux',
    '2026-11-25,09:00,linkedin:Boulangerie Martin,Nos recrutements',
  ].join('\n');

  it('lists each channel the file names, suggests the only one on the same network, and flags the rest', () => {
    const result = read(OTHER);
    if (!result.ok) throw new Error('refused');
    expect(result.channels).toEqual([
      { value: 'instagram:@fromagerie.durand', rows: 2, channelId: instagram.id, match: 'suggested' },
      { value: 'facebook:Fromagerie Durand', rows: 1, channelId: null, match: 'none' },
      { value: 'linkedin:Boulangerie Martin', rows: 1, channelId: linkedin.id, match: 'name' },
    ]);
    expect(result.rows.map((r) => r.input?.channelId ?? r.preview.issues[0]?.code)).toEqual([
      instagram.id,
      'unknownChannel',
      instagram.id,
      linkedin.id,
    ]);
  });

  it('sends a channel where the user maps it, and leaves out the rows of a skipped one', () => {
    const result = read(OTHER, {
      ...ctx,
      channelMap: [
        { value: 'facebook:Fromagerie Durand', channelId: linkedin.id },
        { value: 'instagram:@fromagerie.durand', channelId: null },
      ],
    });
    if (!result.ok) throw new Error('refused');
    expect(result.channels.map((c) => [c.value, c.channelId, c.match])).toEqual([
      ['instagram:@fromagerie.durand', null, 'skipped'],
      ['facebook:Fromagerie Durand', linkedin.id, 'chosen'],
      ['linkedin:Boulangerie Martin', linkedin.id, 'name'],
    ]);
    expect(result.rows.map((r) => [r.channelSkipped, r.input?.channelId ?? null, r.preview.issues])).toEqual([
      [true, null, []],
      [false, linkedin.id, []],
      [true, null, []],
      [false, linkedin.id, []],
    ]);
  });

  it('ignores a choice naming a channel of another client', () => {
    const result = read(OTHER, {
      ...ctx,
      channelMap: [
        { value: 'facebook:Fromagerie Durand', channelId: '0190f5a2-7c3e-7000-8000-0000000000ff' },
      ],
    });
    if (!result.ok) throw new Error('refused');
    expect(result.rows[1]?.preview.issues[0]?.code).toBe('unknownChannel');
  });
});
