import { describe, expect, it } from 'vitest';
import { linkKey } from '../../../../shared/imports/link-key.ts';
import {
  captionsAgree,
  MATCH_TOLERANCE_MS,
  type MatchCandidate,
  type MatchRow,
  matchRows,
} from '../../../../shared/imports/match-posts.ts';

const at = (iso: string) => Date.parse(iso);
const around = (iso: string) => ({ from: at(iso) - MATCH_TOLERANCE_MS, to: at(iso) + MATCH_TOLERANCE_MS });

const post = (
  id: string,
  caption: string,
  when: string,
  more: Partial<MatchCandidate> = {},
): MatchCandidate => ({
  id,
  caption,
  at: at(when),
  externalId: null,
  permalink: null,
  ...more,
});
const row = (caption: string | null, when: string | null, more: Partial<MatchRow> = {}): MatchRow => ({
  caption,
  window: when ? around(when) : null,
  externalId: null,
  permalink: null,
  ...more,
});

const PLANNED = [
  post('p1', 'Croissants au beurre ce matin 🥐, encore chauds !', '2026-10-01T07:00:00Z'),
  post('p2', 'Notre "pain du mois" : seigle, noix et miel.', '2026-10-02T16:30:00Z'),
  post('p3', 'Atelier enfants samedi 10h', '2026-10-03T08:00:00Z', {
    externalId: '111',
    permalink: 'https://facebook.com/p/3',
  }),
];

describe('matching an export’s rows to the planned posts', () => {
  it('finds a post by its network id or its link first, whatever the time says', () => {
    const matches = matchRows(
      [
        row('anything', '2026-12-25T00:00:00Z', { externalId: '111' }),
        row('anything', null, { permalink: 'http://www.FACEBOOK.com/p/3/?ref=share#top' }),
      ],
      PLANNED,
    );
    expect(matches).toEqual([
      { kind: 'post', postId: 'p3', by: 'id' },
      { kind: 'post', postId: 'p3', by: 'link' },
    ]);
  });

  it('matches by time within the tolerance and a caption that starts the same (accents, case, emoji aside)', () => {
    const matches = matchRows(
      [
        row('CROISSANTS au beurre ce matin, encore chauds ! #boulangerie', '2026-10-01T07:40:00Z'),
        row('Notre pain du mois : seigle, noix et miel.', '2026-10-02T16:31:00Z'),
      ],
      PLANNED,
    );
    expect(matches).toEqual([
      { kind: 'post', postId: 'p1', by: 'timeAndCaption' },
      { kind: 'post', postId: 'p2', by: 'timeAndCaption' },
    ]);
  });

  it('creates a post for a row that went out far from any plan, or with another caption', () => {
    const matches = matchRows(
      [
        row('Croissants au beurre ce matin', '2026-10-01T12:00:00Z'),
        row('Un tout autre sujet aujourd’hui', '2026-10-01T07:00:00Z'),
        row('Sans date', null),
      ],
      PLANNED,
    );
    expect(matches).toEqual([{ kind: 'new' }, { kind: 'new' }, { kind: 'unplaced' }]);
  });

  it('asks when a row could be two posts, or two rows want the same post', () => {
    const twins = [
      post('a', 'Promo du jour', '2026-10-05T09:00:00Z'),
      post('b', 'Promo du jour', '2026-10-05T09:30:00Z'),
    ];
    expect(matchRows([row('Promo du jour : -20 %', '2026-10-05T09:10:00Z')], twins)).toEqual([
      { kind: 'ambiguous', postIds: ['a', 'b'] },
    ]);
    expect(
      matchRows(
        [
          row('Croissants au beurre', '2026-10-01T07:00:00Z'),
          row('Croissants au beurre', '2026-10-01T07:05:00Z'),
        ],
        PLANNED,
      ),
    ).toEqual([
      { kind: 'ambiguous', postIds: ['p1'] },
      { kind: 'ambiguous', postIds: ['p1'] },
    ]);
  });

  it('never gives a row a post that already has another id, however close in time', () => {
    const matches = matchRows(
      [row('Atelier enfants samedi 10h', '2026-10-03T08:00:00Z', { externalId: '999' })],
      PLANNED,
    );
    expect(matches).toEqual([{ kind: 'new' }]);
  });

  it('takes a whole day as the window of a row that gives only its date', () => {
    const day = { from: at('2026-10-01T22:00:00Z'), to: at('2026-10-02T22:00:00Z') - 1 };
    expect(matchRows([{ ...row('Notre pain du mois', null), window: day }], PLANNED)).toEqual([
      { kind: 'post', postId: 'p2', by: 'timeAndCaption' },
    ]);
  });
  it('takes a post listed twice (a row per day) as one post: one new post, or the planned one, for both rows', () => {
    const day1 = row('Galette des rois', '2026-10-05T09:00:00Z', { externalId: '999' });
    const day2 = row('Galette des rois', '2026-10-05T09:00:00Z', { externalId: '999' });
    expect(matchRows([day1, day2], PLANNED)).toEqual([{ kind: 'new' }, { kind: 'new' }]);
    const planned = [...PLANNED, post('p4', 'Galette des rois : frangipane', '2026-10-05T09:10:00Z')];
    expect(matchRows([day1, day2], planned)).toEqual([
      { kind: 'post', postId: 'p4', by: 'timeAndCaption' },
      { kind: 'post', postId: 'p4', by: 'timeAndCaption' },
    ]);
  });
});

describe('captions and links as keys', () => {
  it('lets an empty caption or a cut one agree, and not two different ones', () => {
    expect(captionsAgree('', 'Anything')).toBe(true);
    expect(
      captionsAgree(
        'Recette : la pâte feuilletée en 5 étapes',
        'recette la pate feuilletee en 5 etapes 1. Détrempe',
      ),
    ).toBe(true);
    expect(captionsAgree('Recette du jour', 'Recette de demain')).toBe(false);
  });

  it('reads links without scheme, www, query, fragment or trailing slash, and refuses what is not a web link', () => {
    expect(linkKey('https://www.tiktok.com/@boulangerie/video/7685679564843937712?lang=fr')).toBe(
      'tiktok.com/@boulangerie/video/7685679564843937712',
    );
    expect(linkKey('javascript:alert(1)')).toBeNull();
    expect(linkKey('not a link')).toBeNull();
    expect(linkKey(null)).toBeNull();
  });
});
