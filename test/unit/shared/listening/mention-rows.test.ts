import { describe, expect, it } from 'vitest';
import {
  guessMapping,
  pastedRecords,
  positionalMapping,
  readNetwork,
  readSentiment,
  rowToMention,
  slashOrder,
} from '../../../../shared/listening/mention-rows.ts';
import type { SubjectHints } from '../../../../shared/listening/suggest-subject.ts';

const hints: SubjectHints = {
  clientName: 'Boulangerie Martin',
  handles: ['@boulangerie.martin'],
  competitors: [{ id: 'c1', name: 'Fournil Dupré', handles: ['@fournil'] }],
  terms: [],
};
const defaults = {
  date: '2026-11-26',
  time: '09:30',
  network: 'instagram' as const,
  sentiment: 'neutral' as const,
  zone: 'Europe/Paris',
};

describe('a pasted list, one mention a line', () => {
  it('takes a leading sign as the sentiment, a link out of the text, and counts blank lines', () => {
    const records = pastedRecords(
      '+ Merci Boulangerie Martin !\n\n- Fournil Dupré fermé https://x.com/a/status/1\nQuel pain ?',
    );
    expect(records.map((r) => r.line)).toEqual([1, 3, 4]);
    const rows = records.map((r) => rowToMention(r.cells, r.line, positionalMapping(1), defaults, hints));
    expect(
      rows.map((r) => [r.line, r.mention.sentiment, r.mention.text, r.mention.url, r.mention.subject]),
    ).toEqual([
      [1, 'positive', 'Merci Boulangerie Martin !', '', { kind: 'brand' }],
      [
        3,
        'negative',
        'Fournil Dupré fermé',
        'https://x.com/a/status/1',
        { kind: 'competitor', competitorId: 'c1' },
      ],
      [4, 'neutral', 'Quel pain ?', '', { kind: 'brand' }],
    ]);
    expect(rows.map((r) => r.suggested)).toEqual([true, true, false]);
    expect(rows[0]?.mention).toMatchObject({ date: '2026-11-26', time: '09:30', network: 'instagram' });
  });
});

describe('rows from a spreadsheet or a listening tool', () => {
  it('maps a header by its words, in English or French, and reads each cell', () => {
    const [header, row] = pastedRecords(
      'Date\tAuteur\tRéseau\tContenu\tLien\tTonalité\tAbonnés\n03/11/2026 18:05\t@julie\tInsta\tSuper accueil\thttps://instagram.com/p/1\tPositif\t1 250',
    );
    const mapping = guessMapping(header?.cells ?? []);
    expect(mapping).toEqual({
      0: 'date',
      1: 'author',
      2: 'network',
      3: 'text',
      4: 'url',
      5: 'sentiment',
      6: 'audience',
    });
    const read = rowToMention(row?.cells ?? [], 2, mapping ?? {}, defaults, hints);
    expect(read.problems).toEqual([]);
    expect(read.mention).toMatchObject({
      date: '2026-11-03',
      time: '18:05',
      author: '@julie',
      network: 'instagram',
      text: 'Super accueil',
      url: 'https://instagram.com/p/1',
      sentiment: 'positive',
      authorAudience: 1250,
    });
  });

  it('reads an instant with its zone on the client’s clock, and a tool’s sentiment score by its sign', () => {
    const mapping = { 0: 'date', 1: 'text', 2: 'sentiment' } as const;
    const read = rowToMention(['2026-07-01T20:15:00Z', 'Bon pain', '-0.6'], 2, mapping, defaults, hints);
    expect([read.mention.date, read.mention.time, read.mention.sentiment]).toEqual([
      '2026-07-01',
      '22:15',
      'negative',
    ]);
  });

  it('says which cells it could not read, on their field, and the row without text or link', () => {
    const mapping = { 0: 'date', 1: 'time', 2: 'network', 3: 'sentiment', 4: 'audience', 5: 'text' } as const;
    const read = rowToMention(
      ['31/02/2026', '25:00', 'Myspace', 'bof', 'beaucoup', ''],
      7,
      mapping,
      defaults,
      hints,
    );
    expect(read.problems).toEqual([
      { field: 'date', code: 'invalidDate' },
      { field: 'time', code: 'invalidTime' },
      { field: 'network', code: 'unknownNetwork' },
      { field: 'sentiment', code: 'invalidSentiment' },
      { field: 'authorAudience', code: 'notInteger' },
      { field: 'text', code: 'mentionEmpty' },
    ]);
  });

  it('reads rows without a header in the journal’s own order', () => {
    expect(positionalMapping(3)).toEqual({ 0: 'date', 1: 'time', 2: 'network' });
    expect(guessMapping(['26/11/2026', '10:00', 'Merci !'])).toBeNull();
  });

  it('knows the networks by name, alias or link, and sentiments in words or signs', () => {
    expect(
      ['Twitter', 'X', 'fb', 'https://www.linkedin.com/feed/update/1', 'Blogs', 'Myspace'].map(readNetwork),
    ).toEqual(['x', 'x', 'facebook', 'linkedin', 'blog', null]);
    expect(['Négatif', 'negative', 'NEUTRE', '+', '3', '0', 'meh'].map(readSentiment)).toEqual([
      'negative',
      'negative',
      'neutral',
      'positive',
      'positive',
      'neutral',
      null,
    ]);
  });
});

describe('slashed dates, day or month first', () => {
  it('reads the order from the dates themselves, the app’s own when they do not say', () => {
    expect(slashOrder(['03/04/2026', '11/25/2026'])).toBe('monthFirst');
    expect(slashOrder(['03/04/2026', '25/11/2026'])).toBe('dayFirst');
    expect(slashOrder(['03/04/2026', '2026-11-25'])).toBe('dayFirst');
    const mapping = { 0: 'date', 1: 'text' } as const;
    const american = rowToMention(
      ['03/04/2026 9:05', 'Nice'],
      2,
      mapping,
      { ...defaults, order: 'monthFirst' },
      hints,
    );
    expect([american.mention.date, american.mention.time]).toEqual(['2026-03-04', '09:05']);
    const french = rowToMention(['03/04/2026', 'Sympa'], 2, mapping, defaults, hints);
    expect(french.mention.date).toBe('2026-04-03');
  });
});
