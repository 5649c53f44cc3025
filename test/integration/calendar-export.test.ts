import { describe, expect, it } from 'vitest';
import { POST_CSV_COLUMNS } from '../../shared/export/post-csv.ts';
import { CLOCK_START } from '../support/hosts/clock.ts';
import { EnvelopeError, startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { readCsvExport } from '../support/readers/csv-reader.ts';
import { dumpTables } from '../support/readers/db-dump.ts';
import { icsTextList, readIcs, unescapeIcsText } from '../support/readers/ics-reader.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';
import { MISSING_ID } from '../support/seeds/inputs.ts';

/** The seeded bakery with a week of posts, and some that must stay out of the export. */
async function bakery(core: TestCore) {
  const seed = await seedCalendar(core);
  const { client, li, pillar, create, createOther } = seed;
  const families = await core.call('segments.create', { clientId: client.id, name: 'Familles' });
  const students = await core.call('segments.create', { clientId: client.id, name: 'Étudiants' });
  const monday = await create({
    segmentIds: [families.id, students.id],
    date: '2026-11-23',
    time: '09:30',
    caption: 'Croissants au beurre ce matin, tout chauds sortis du four 🥐',
    linkUrl: 'https://boulangerie-martin.fr/croissants',
    pillarId: pillar.id,
    campaign: 'Hiver',
    status: 'ready',
    paid: true,
    budgetCents: 2550,
  });
  const sunday = await create({
    channelId: li.id,
    date: '2026-11-29',
    time: '23:45',
    caption: 'Bilan, semaine; fournées',
    status: 'idea',
  });
  // Outside the week, trashed, or another client's: none of these may be exported.
  await create({ date: '2026-11-22', time: '23:59', caption: 'Avant' });
  await create({ date: '2026-11-30', time: '00:00', caption: 'Après' });
  const trashed = await create({ date: '2026-11-24', caption: 'Jeté' });
  await core.call('posts.delete', { ids: [trashed.id] });
  await createOther({ date: '2026-11-24', caption: 'Comté' });
  return { ...seed, monday, sunday };
}

const WEEK = { from: '2026-11-23', to: '2026-11-30' };

describe('calendar.exportIcs', () => {
  it('exports the posts of the range as events a calendar app reads back', async () => {
    const core = await startTestCore();
    const { client, monday, sunday } = await bakery(core);

    const file = await core.call('calendar.exportIcs', { clientId: client.id, ...WEEK });

    expect(file.fileName).toBe('calepin-boulangerie-martin-2026-11-23.ics');
    const { calendar, events } = readIcs(file.text);
    expect(calendar.get('VERSION')).toBe('2.0');
    expect(calendar.get('PRODID')).toMatch(/Calepin/);
    expect(events.map((e) => e.get('UID'))).toEqual([`${monday.id}@calepin`, `${sunday.id}@calepin`]);
    const [first, last] = events;
    // 09:30 in Paris in November is 08:30 UTC; 23:45 on Sunday is 22:45 UTC.
    expect(first?.get('DTSTART')).toBe('20261123T083000Z');
    expect(first?.get('DTEND')).toBe('20261123T090000Z');
    expect(last?.get('DTSTART')).toBe('20261129T224500Z');
    expect(first?.get('DTSTAMP')).toBe(CLOCK_START.replace(/[-:]|\.\d+/g, ''));
    expect(unescapeIcsText(first?.get('SUMMARY') ?? '')).toBe(
      'Instagram · Croissants au beurre ce matin, tout…',
    );
    expect(unescapeIcsText(first?.get('DESCRIPTION') ?? '')).toBe(
      'Croissants au beurre ce matin, tout chauds sortis du four 🥐\n\nhttps://boulangerie-martin.fr/croissants',
    );
    expect(first?.get('URL')).toBe('https://boulangerie-martin.fr/croissants');
    expect(first?.get('STATUS')).toBe('CONFIRMED');
    expect(icsTextList(first?.get('CATEGORIES') ?? '')).toEqual(['Recettes', 'Hiver']);
    expect(unescapeIcsText(last?.get('SUMMARY') ?? '')).toBe('LinkedIn · Bilan, semaine; fournées');
    expect(last?.get('STATUS')).toBe('TENTATIVE');
  });

  it('bounds the range at the client’s midnights, across the autumn clock change', async () => {
    const core = await startTestCore();
    const { client, create } = await seedCalendar(core);
    const plan = (date: string, time: string) => create({ date, time, caption: `${date} ${time}` });
    await plan('2026-10-19', '00:00');
    await plan('2026-10-25', '02:30');
    await plan('2026-10-25', '23:30');
    await plan('2026-10-26', '00:30');

    const file = await core.call('calendar.exportIcs', {
      clientId: client.id,
      from: '2026-10-19',
      to: '2026-10-26',
    });

    // The week of 25 October lasts 169 hours: 23:30 on Sunday is 22:30 UTC, and Monday 00:30 is out.
    expect(readIcs(file.text).events.map((e) => e.get('DTSTART'))).toEqual([
      '20261018T220000Z',
      '20261025T003000Z',
      '20261025T223000Z',
    ]);
  });

  it('writes a valid, empty calendar for a range without posts, and changes nothing', async () => {
    const core = await startTestCore();
    const { client } = await bakery(core);
    const before = dumpTables(core.ctx.db);
    const file = await core.call('calendar.exportIcs', {
      clientId: client.id,
      from: '2027-01-01',
      to: '2027-02-01',
    });
    expect(readIcs(file.text).events).toEqual([]);
    expect(dumpTables(core.ctx.db)).toEqual(before);
  });

  it('refuses a range that ends before it starts, or spans more than five years', async () => {
    const core = await startTestCore();
    const { client } = await bakery(core);
    const refused = async (from: string, to: string) => {
      const envelope = await core.dispatch('calendar.exportIcs', { clientId: client.id, from, to });
      return envelope.ok ? null : envelope.error;
    };
    expect(await refused('2026-11-30', '2026-11-23')).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['to'], code: 'rangeEmpty' }],
    });
    expect(await refused('2026-11-23', '2026-11-23')).toMatchObject({ issues: [{ code: 'rangeEmpty' }] });
    expect(await refused('2020-01-01', '2026-01-01')).toMatchObject({
      issues: [{ path: ['to'], code: 'rangeTooLong' }],
    });
    expect(await refused('2021-01-01', '2026-01-01')).toBeNull();
  });

  it('refuses an unknown client', async () => {
    const core = await startTestCore();
    await expect(core.call('calendar.exportIcs', { clientId: MISSING_ID, ...WEEK })).rejects.toThrow(
      EnvelopeError,
    );
  });
});

/** The exported CSV, whose header must be the documented columns. */
function csvRows(text: string) {
  const { delimiter, header, rows } = readCsvExport(text);
  expect(header).toEqual([...POST_CSV_COLUMNS]);
  return { delimiter, rows };
}

describe('calendar.exportCsv', () => {
  it('exports one row per post with every field, in UTF-8 with a BOM', async () => {
    const core = await startTestCore();
    const { client, monday, sunday } = await bakery(core);

    const file = await core.call('calendar.exportCsv', { clientId: client.id, ...WEEK });

    expect(file.fileName).toBe('calepin-boulangerie-martin-2026-11-23.csv');
    const { delimiter, rows } = csvRows(file.text);
    expect(delimiter).toBe(',');
    expect(rows).toEqual([
      {
        date: '2026-11-23',
        time: '09:30',
        time_zone: 'Europe/Paris',
        channel: 'instagram:@boulangerie.martin',
        status: 'ready',
        format: 'text',
        caption: 'Croissants au beurre ce matin, tout chauds sortis du four 🥐',
        link_url: 'https://boulangerie-martin.fr/croissants',
        pillar: 'Recettes',
        segments: 'Familles | Étudiants',
        campaign: 'Hiver',
        paid: 'yes',
        budget: '25.50',
        notes: '',
        published_at: '',
        id: monday.id,
      },
      expect.objectContaining({
        date: '2026-11-29',
        time: '23:45',
        channel: 'linkedin:Boulangerie Martin',
        status: 'idea',
        caption: 'Bilan, semaine; fournées',
        paid: 'no',
        budget: '',
        id: sunday.id,
      }),
    ]);
  });

  it('uses semicolons when asked, for spreadsheets in French', async () => {
    const core = await startTestCore();
    const { client } = await bakery(core);
    const file = await core.call('calendar.exportCsv', { clientId: client.id, ...WEEK, delimiter: ';' });
    const { delimiter, rows } = csvRows(file.text);
    expect(delimiter).toBe(';');
    expect(rows.map((r) => r.caption)).toEqual([
      'Croissants au beurre ce matin, tout chauds sortis du four 🥐',
      'Bilan, semaine; fournées',
    ]);
  });

  it('writes the header alone for an empty range, and changes nothing', async () => {
    const core = await startTestCore();
    const { client } = await bakery(core);
    const before = dumpTables(core.ctx.db);
    const file = await core.call('calendar.exportCsv', {
      clientId: client.id,
      from: '2030-01-01',
      to: '2030-01-08',
    });
    expect(csvRows(file.text).rows).toEqual([]);
    expect(dumpTables(core.ctx.db)).toEqual(before);
  });
});
