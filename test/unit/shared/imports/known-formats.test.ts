import { describe, expect, it } from 'vitest';
import { readExportFile, readExportRecords } from '../../../../shared/imports/read.ts';
import {
  bytesOf,
  fixtureText,
  mustRead,
  REFERENCE,
  readFixture,
  rowAt,
  total,
} from '../../../support/files/export-fixtures.ts';

describe('each network export is recognised and read', () => {
  it.each([
    ['meta-facebook-posts-en.csv', 'metaFacebookPosts', 'facebook', 23],
    ['meta-facebook-posts-fr.csv', 'metaFacebookPosts', 'facebook', 23],
    ['meta-instagram-posts.csv', 'metaInstagramPosts', 'instagram', 28],
    ['meta-instagram-follows-daily.csv', 'metaDailySeries', 'instagram', 31],
    ['x-tweet-activity.csv', 'xTweetActivity', 'x', 28],
    ['x-content.csv', 'xContent', 'x', 24],
    ['youtube-table-data.csv', 'youtubeTableData', 'youtube', 10],
    ['tiktok-content-en.csv', 'tiktokContent', 'tiktok', 25],
    ['tiktok-content-es.csv', 'tiktokContent', 'tiktok', 24],
    ['linkedin-all-posts.rows.json', 'linkedinAllPosts', 'linkedin', 14],
  ])('%s is %s on %s, %i rows, none with a problem', (name, format, network, count) => {
    const read = mustRead(readFixture(name));
    expect(read).toMatchObject({ format, network, problems: [] });
    expect(read.rows).toHaveLength(count);
    expect(read.rows.flatMap((r) => r.problems)).toEqual([]);
  });

  it('reads the same bytes to the same result every time', () => {
    for (const name of ['meta-facebook-posts-fr.csv', 'tiktok-content-es.csv', 'x-content.csv'])
      expect(readFixture(name)).toEqual(readFixture(name));
  });
});

describe('Meta Facebook, in English and in French', () => {
  const en = mustRead(readFixture('meta-facebook-posts-en.csv'));
  const fr = mustRead(readFixture('meta-facebook-posts-fr.csv'));

  it('gives the same rows whatever the interface language', () => {
    expect(fr.rows).toEqual(en.rows);
  });

  it('keeps the network’s own word for each column', () => {
    const word = (read: typeof en, meaning: string) =>
      read.columns.find((c) => c.meaning === meaning)?.header;
    expect([word(en, 'impressions'), word(en, 'reach'), word(en, 'linkClicks')]).toEqual([
      'Views',
      'Reach',
      'Link clicks',
    ]);
    expect([word(fr, 'impressions'), word(fr, 'reach'), word(fr, 'linkClicks')]).toEqual([
      'Vues',
      'Couverture',
      'Clics sur un lien',
    ]);
    // A sum and a total Calepin computes itself are left out.
    expect(fr.columns.find((c) => c.header === 'Réactions, commentaires et partages')?.meaning).toBeNull();
    expect(en.columns.find((c) => c.header === 'Total clicks')?.meaning).toBeNull();
  });

  it('reads a video post: its text, not its title, on the page’s clock, lifetime numbers', () => {
    expect(rowAt(en, 2)).toEqual({
      line: 2,
      externalId: '122148000000000000',
      permalink: 'https://www.facebook.com/61550123456789/posts/122148000000000000',
      caption: 'Fermeture exceptionnelle lundi 12, merci de votre compréhension 🙏',
      account: 'Boulangerie Martin',
      format: 'video',
      published: { kind: 'local', date: '2026-10-01', time: '18:47' },
      date: 'lifetime',
      metrics: { impressions: 1681, reach: 1176, reactions: 24, comments: 0, shares: 11, linkClicks: 15 },
      problems: [],
    });
  });

  it('keeps a caption of several lines whole and counts its row as one line', () => {
    const last = rowAt(en, 24);
    expect(last.caption).toBe(
      'Recette : la pâte feuilletée en 5 étapes\r\n1. Détrempe\r\n2. Tourage, "simple" ou "double"\r\n3. Repos',
    );
    expect(last.published).toEqual({ kind: 'local', date: '2026-10-31', time: '11:34' });
  });

  it('reads an older export’s Impressions as impressions, and prefers Views when both are there', () => {
    const older = fixtureText('meta-facebook-posts-en.csv').replace(',Views,', ',Impressions,');
    const read = mustRead(readExportFile(bytesOf(older), REFERENCE));
    expect(read.columns[17]).toEqual({ index: 17, header: 'Impressions', meaning: 'impressions' });
    expect(read.rows).toEqual(en.rows);
    const header = ['Post ID', 'Page ID', 'Publish time', 'Permalink', 'Impressions', 'Views'];
    const both = mustRead(
      readExportRecords(
        [
          header,
          ['1', '2', '10/06/2026 14:05', '', '900', '1000'],
          ['3', '2', '10/06/2026 14:05', '', '900', ''],
        ],
        REFERENCE,
      ),
    );
    expect(both.rows.map((r) => r.metrics.impressions)).toEqual([1000, 900]);
  });

  it('adds up to the month’s totals', () => {
    expect(total(en.rows, 'impressions')).toBe(48005);
    expect(total(en.rows, 'reach')).toBe(33593);
    expect(total(en.rows, 'reactions')).toBe(1342);
    expect(total(en.rows, 'linkClicks')).toBe(437);
  });
});

describe('Meta Instagram posts', () => {
  const read = mustRead(readFixture('meta-instagram-posts.csv'));

  it('maps Likes to reactions and Saves to saves, and keeps Follows aside', () => {
    expect(rowAt(read, 3)).toMatchObject({
      externalId: '18045000000104730',
      permalink: 'https://www.instagram.com/p/DPx001aBc/',
      caption: 'Merci à @cafe.leo pour ce joli partage ☕',
      published: { kind: 'local', date: '2026-10-02', time: '14:06' },
      metrics: { impressions: 3213, reach: 1927, reactions: 309, shares: 4, comments: 18, saves: 22 },
      follows: 3,
    });
    expect(read.rows.reduce((s, r) => s + (r.follows ?? 0), 0)).toBe(65);
    expect(total(read.rows, 'saves')).toBe(1501);
  });
});

describe('Meta daily series (UTF-16LE, sep line, title line)', () => {
  const read = mustRead(readFixture('meta-instagram-follows-daily.csv'));

  it('says the series is new follows per day, not a follower total', () => {
    expect(read.kind).toBe('daily');
    expect(read.series).toEqual({ title: 'Instagram follows', network: 'instagram', measure: 'newFollows' });
  });

  it('gives one row per day of October with that day’s new follows', () => {
    expect(read.rows.map((r) => r.date)).toEqual(
      Array.from({ length: 31 }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}`),
    );
    expect(rowAt(read, 3)).toMatchObject({ date: '2026-10-01', follows: 2, metrics: {}, published: null });
    expect(read.rows.reduce((s, r) => s + (r.follows ?? 0), 0)).toBe(118);
  });
});

describe('X, both exports', () => {
  it('legacy activity: quoted floats are whole counts, `-` is none, the time an instant', () => {
    const read = mustRead(readFixture('x-tweet-activity.csv'));
    expect(rowAt(read, 2)).toEqual({
      line: 2,
      externalId: '2105732226216906261',
      permalink: 'https://twitter.com/boulangerie_m/status/2105732226216906261',
      caption: 'Atelier enfants samedi 10h – places limitées, inscription en DM.',
      published: { kind: 'instant', at: '2026-10-01T18:51:00.000Z' },
      date: null,
      metrics: { impressions: 582, shares: 2, comments: 6, reactions: 31, profileVisits: 10, linkClicks: 5 },
      follows: 1,
      problems: [],
    });
    expect(total(read.rows, 'impressions')).toBe(46853);
    expect(total(read.rows, 'shares')).toBe(247);
  });

  it('current content: the day from the file, the minute from the snowflake id', () => {
    const read = mustRead(readFixture('x-content.csv'));
    expect(rowAt(read, 2)).toMatchObject({
      externalId: '2106025408066494875',
      caption: 'Notre "pain du mois" : seigle, noix et miel.\nDisponible jusqu\'à samedi.',
      published: { kind: 'instant', at: '2026-10-02T14:16:00.000Z' },
      metrics: {
        impressions: 4719,
        reactions: 21,
        saves: 1,
        comments: 0,
        shares: 5,
        profileVisits: 1,
        linkClicks: 19,
      },
      follows: 2,
    });
    expect(read.rows.every((r) => r.published?.kind === 'instant')).toBe(true);
    expect(total(read.rows, 'impressions')).toBe(70853);
  });
});

describe('YouTube Studio table data', () => {
  const read = mustRead(readFixture('youtube-table-data.csv'));

  it('skips the Total row, and the rows add up to it', () => {
    expect(read.rows[0]?.line).toBe(3);
    expect(total(read.rows, 'videoViews')).toBe(9414);
    expect(total(read.rows, 'impressions')).toBe(77867);
  });

  it('keeps ids that start with a dash, written with or without a space before', () => {
    expect(rowAt(read, 4).externalId).toBe('-aoW8dSJwFo');
    expect(rowAt(read, 5).externalId).toMatch(/^-[\w-]{10}$/);
    expect(rowAt(read, 4).published).toEqual({ kind: 'local', date: '2026-10-04', time: null });
  });
});

describe('TikTok Studio content', () => {
  it('reads English month names, the year from the video id, the id from the link', () => {
    const read = mustRead(readFixture('tiktok-content-en.csv'));
    expect(rowAt(read, 2)).toMatchObject({
      externalId: '7685781613266869291',
      published: { kind: 'local', date: '2026-09-15', time: null },
      metrics: { reactions: 897, comments: 18, shares: 16, videoViews: 2777 },
    });
    expect(rowAt(read, 26).published).toEqual({ kind: 'local', date: '2026-10-14', time: null });
    expect(total(read.rows, 'videoViews')).toBe(444495);
  });

  it('reads Spanish dates (`15 de septiembre`) the same way', () => {
    const read = mustRead(readFixture('tiktok-content-es.csv'));
    expect(rowAt(read, 2)).toMatchObject({
      externalId: '7685679564843937712',
      published: { kind: 'local', date: '2026-09-15', time: null },
    });
    expect(rowAt(read, 25).published).toEqual({ kind: 'local', date: '2026-10-13', time: null });
    expect(total(read.rows, 'videoViews')).toBe(393127);
  });
});

describe('LinkedIn All posts, as a workbook’s rows', () => {
  const read = mustRead(readFixture('linkedin-all-posts.rows.json'));

  it('finds the header under the note and takes the activity id from the link', () => {
    expect(read.headerLine).toBe(2);
    expect(rowAt(read, 3)).toMatchObject({
      externalId: '7380000000000000000',
      published: { kind: 'local', date: '2026-10-01', time: null },
      metrics: { impressions: 1247, linkClicks: 20, reactions: 52, comments: 8, shares: 4 },
    });
    expect(total(read.rows, 'impressions')).toBe(19563);
  });
});
