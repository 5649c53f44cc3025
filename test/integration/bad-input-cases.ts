import { decodeReply, END, encodeReply, type ReplyBody } from '../../shared/approval/reply-format.ts';
import { addDays } from '../../shared/calendar/dates.ts';
import type { Method } from '../../shared/contract.ts';
import { EASTER_OFFSET_MAX } from '../../shared/dates/custom-rule.ts';
import { DATE_SETS } from '../../shared/dates/entry.ts';
import { APPROVAL_DAYS_MAX, REPLY_MAX_CHARS } from '../../shared/domain/approval.ts';
import { ACTION_MAX, ACTIONS_MAX } from '../../shared/domain/audit.ts';
import { IMPORT_BASE64_MAX } from '../../shared/domain/calendar-file.ts';
import { ACCOUNTS_MAX } from '../../shared/domain/competitor.ts';
import { READING_ROWS_MAX } from '../../shared/domain/competitor-readings.ts';
import { DASHBOARD_DAYS_MAX } from '../../shared/domain/dashboard.ts';
import { WHY_MAX } from '../../shared/domain/expert.ts';
import { IDEA_LIST_LIMIT, IDEA_PICTURE_MAX_BYTES, IDEA_TITLE_MAX } from '../../shared/domain/idea.ts';
import {
  JOURNAL_DAYS_MAX,
  MENTION_TEXT_MAX,
  MENTIONS_AT_ONCE_MAX,
  MENTIONS_LIST_MAX,
} from '../../shared/domain/mention.ts';
import { TERMS_MAX } from '../../shared/domain/mention-subject.ts';
import { CELLS_MAX, COUNT_MAX, GRID_DAYS_MAX, SPEND_MAX_CENTS } from '../../shared/domain/metrics.ts';
import { LOGO_MAX_BYTES } from '../../shared/domain/profile.ts';
import { RECURRING_DAYS_MAX } from '../../shared/domain/recurring-date.ts';
import { REPORT_DAYS_MAX, REPORT_SECTIONS, REPORT_TEXT_MAX } from '../../shared/domain/report.ts';
import { SEGMENT_TEXT_MAX, SIZE_MAX } from '../../shared/domain/segment.ts';
import { LIST_MAX, TAG_MAX } from '../../shared/domain/tags.ts';
import { TREND_DAYS_MAX, TREND_TEXT_MAX } from '../../shared/domain/trend-note.ts';
import type { ErrorCode, Issue } from '../../shared/errors.ts';
import { POST_CSV_COLUMNS } from '../../shared/export/post-csv.ts';
import { writeZip } from '../support/files/zip-writer.ts';
import { MISSING_ID } from '../support/seeds/inputs.ts';
import { pdfFile, pngFile, textFile } from '../support/seeds/media-files.ts';

/** A two-post Instagram export, as Meta Business Suite writes it. */
const IG_EXPORT = [
  '"Post ID","Account ID","Account username","Account name",Description,"Duration (sec)","Publish time",Permalink,"Post type","Data comment",Date,Views,Reach,Likes,Shares,Follows,Comments,Saves',
  '"18000000000000001","17800000000000000","boulangerie","Boulangerie","Pain au levain",0,"11/20/2026 09:00","https://www.instagram.com/p/AAA/","IG image","",Lifetime,1200,900,80,3,1,5,7',
].join('\n');
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Rows that exist before each bad call, so cases can aim at real, archived or trashed ids. */
export interface Targets {
  clientId: string;
  channelId: string;
  trashedClientId: string;
  trashedChannelId: string;
  /** A second client, its channel and pillar: never to be mixed into the first one's posts. */
  otherClientId: string;
  otherClientChannelId: string;
  otherClientPillarId: string;
  pillarId: string;
  trashedPillarId: string;
  /** A draft, planned after the test clock's today: no numbers can be logged for it yet. */
  postId: string;
  trashedPostId: string;
  segmentId: string;
  trashedSegmentId: string;
  otherClientSegmentId: string;
  objectiveId: string;
  trashedObjectiveId: string;
  /** Published on PUBLISHED_ON: an unpaid image, a story and a paid image. */
  publishedPostId: string;
  storyPostId: string;
  paidPostId: string;
  /** Client B's published post: never to be what one of A's mentions answers. */
  otherClientPostId: string;
  /** "Boulangerie Petit": instagram '@petit.pain' (competitorAccountId) and facebook 'Boulangerie Petit'. */
  competitorId: string;
  competitorAccountId: string;
  /** Archived, with instagram '@ancienne.boulangerie'. */
  archivedCompetitorId: string;
  /** "Boulangerie Fermée" in the trash, its account (instagram '@fermee') and a mention of it. */
  trashedCompetitorId: string;
  trashedCompetitorAccountId: string;
  hiddenMentionId: string;
  /** An account taken off the live competitor (tiktok '@petit.pain.old'). */
  removedAccountId: string;
  otherClientCompetitorId: string;
  otherClientAccountId: string;
  /** A mention of the brand on Instagram, 2026-11-21 12:30, answering the published post. */
  mentionId: string;
  trashedMentionId: string;
  /**
   * "Bilan de novembre", 2026-11-01 to 2026-11-26, question 1 scored 3, and its first action of two.
   * The other client has the same audit; the one in the trash has an action of its own.
   */
  auditId: string;
  actionId: string;
  trashedAuditId: string;
  trashedActionId: string;
  otherClientAuditId: string;
  otherClientActionId: string;
  /** "Galette des rois", with the client's pillar and segment and the expert as its source. */
  ideaId: string;
  /** An idea of the shared bank (clientId null), with no pillar or segment. */
  sharedIdeaId: string;
  trashedIdeaId: string;
  otherClientIdeaId: string;
  /** Experts are every client's. */
  expertId: string;
  trashedExpertId: string;
  /** A trend note noted 2026-11-20, expiring 2026-12-20. */
  trendId: string;
  trashedTrendId: string;
  /** "Anniversaire de la boutique", every 12 March, one day. */
  recurringDateId: string;
  trashedRecurringDateId: string;
  /** "Bilan de novembre" (2026-11-01 to 2026-12-01); the report of October is in the trash. */
  reportId: string;
  trashedReportId: string;
  /** "Atelier en pause", archived after a report of its November was made. */
  archivedClientId: string;
  archivedClientReportId: string;
  /**
   * Not a row: the text A's client sends back for the plan of 2026-11-26 to 2026-12-26 exported
   * for it, as its page writes it (the draft approved, with a comment).
   */
  reply: string;
}

/** The day the seeded posts went out, a week before the test clock's today (2026-11-26). */
export const PUBLISHED_ON = '2026-11-20';
const TODAY = '2026-11-26';

export interface BadCase {
  what: string;
  input: (t: Targets) => unknown;
  code: ErrorCode;
  /** Exactly the issues expected (path and i18n code); omitted when the error carries none. */
  issues?: Issue[];
}

const LONG_NAME = 'n'.repeat(81);
const LONG_HANDLE = 'h'.repeat(101);
const LONG_NOTES = 'é'.repeat(5001);
// A well-formed https URL of 2049 characters: only its length is wrong.
const LONG_URL = `https://example.com/${'a'.repeat(2049 - 'https://example.com/'.length)}`;
const BAD_COLORS = ['red', '#12345', '#GGGGGG'];
const BAD_ZONES = ['Mars/Olympus', 'paris', '+02:00'];
const BAD_URLS = ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://x.org', 'not a url'];
const BAD_DATES = ['2026-02-30', '26-3-1', '2026-13-01', '30/11/2026', ''];
const BAD_TIMES = ['25:00', '9h30', '24:00', '10:60', '10:00:00'];
const LONG_CAPTION = 'c'.repeat(70_001);
const LONG_CAMPAIGN = 'Soldes '.repeat(12);

const issue = (path: string[], code: Issue['code'], params?: Issue['params']): Issue =>
  params ? { path, code, params } : { path, code };

const invalid = (what: string, input: (t: Targets) => unknown, issues: Issue[]): BadCase => ({
  what,
  input,
  code: 'invalid_input',
  issues,
});
const notFound = (what: string, input: (t: Targets) => unknown): BadCase => ({
  what,
  input,
  code: 'not_found',
});

const validPost = (t: Targets) => ({
  clientId: t.clientId,
  channelId: t.channelId,
  date: '2026-11-30',
  time: '10:00',
});
const otherClient = (field: string) => [issue([field], 'otherClient')];
const validClient = { name: 'Atelier', color: '#29A36A', timeZone: 'Europe/Paris' };
const validChannel = (t: Targets) => ({ clientId: t.clientId, network: 'x', handle: '@atelier' });

/** An id-only input (get, delete): the id is checked for shape, then for existence. */
const byIdCases = (live: keyof Targets, trashed: keyof Targets): BadCase[] => [
  invalid('missing id', () => ({}), [issue(['id'], 'required')]),
  invalid('id is not a uuid', () => ({ id: 'abc' }), [issue(['id'], 'invalidId')]),
  invalid('id is a number', () => ({ id: 42 }), [issue(['id'], 'invalidType')]),
  invalid('input is a string', (t) => t[live], [issue([], 'invalidType')]),
  invalid('unknown extra field', (t) => ({ id: t[live], force: true }), [issue(['force'], 'unknownField')]),
  notFound('unknown id', () => ({ id: MISSING_ID })),
  notFound('id of a row in the trash', (t) => ({ id: t[trashed] })),
];

const archiveCases = (live: keyof Targets, trashed: keyof Targets): BadCase[] => [
  invalid('missing archived', (t) => ({ id: t[live] }), [issue(['archived'], 'required')]),
  invalid('archived is a string', (t) => ({ id: t[live], archived: 'yes' }), [
    issue(['archived'], 'invalidType'),
  ]),
  invalid('id is not a uuid', () => ({ id: 'not-a-uuid', archived: true }), [issue(['id'], 'invalidId')]),
  invalid('unknown extra field', (t) => ({ id: t[live], archived: true, at: 'now' }), [
    issue(['at'], 'unknownField'),
  ]),
  notFound('unknown id', () => ({ id: MISSING_ID, archived: true })),
  notFound('id of a row in the trash', (t) => ({ id: t[trashed], archived: false })),
];

const trashRefCases: BadCase[] = [
  invalid('unknown type', (t) => ({ type: 'attachment', id: t.trashedClientId }), [
    issue(['type'], 'invalidChoice'),
  ]),
  invalid('missing type', (t) => ({ id: t.trashedClientId }), [issue(['type'], 'required')]),
  invalid('id is not a uuid', () => ({ type: 'client', id: '1' }), [issue(['id'], 'invalidId')]),
  invalid('unknown extra field', (t) => ({ type: 'client', id: t.trashedClientId, all: true }), [
    issue(['all'], 'unknownField'),
  ]),
  invalid('input is an array', () => [], [issue([], 'invalidType')]),
  notFound('unknown id', () => ({ type: 'client', id: MISSING_ID })),
  notFound('a live client, not in the trash', (t) => ({ type: 'client', id: t.clientId })),
  notFound('a live channel, not in the trash', (t) => ({ type: 'channel', id: t.channelId })),
  notFound('a trashed channel named as a client', (t) => ({ type: 'client', id: t.trashedChannelId })),
  notFound('a live post, not in the trash', (t) => ({ type: 'post', id: t.postId })),
  notFound('a live pillar, not in the trash', (t) => ({ type: 'pillar', id: t.pillarId })),
  notFound('a trashed post named as a pillar', (t) => ({ type: 'pillar', id: t.trashedPostId })),
  notFound('a live segment, not in the trash', (t) => ({ type: 'segment', id: t.segmentId })),
  notFound('a live objective, not in the trash', (t) => ({ type: 'objective', id: t.objectiveId })),
  notFound('a trashed segment named as an objective', (t) => ({ type: 'objective', id: t.trashedSegmentId })),
  notFound('a live competitor, not in the trash', (t) => ({ type: 'competitor', id: t.competitorId })),
  notFound('a live mention, not in the trash', (t) => ({ type: 'mention', id: t.mentionId })),
  notFound('a trashed competitor named as a mention', (t) => ({
    type: 'mention',
    id: t.trashedCompetitorId,
  })),
  // It went to the trash with its competitor, and comes back with it: it is not an item of its own there.
  notFound('a mention of the competitor in the trash', (t) => ({ type: 'mention', id: t.hiddenMentionId })),
  notFound('a live audit, not in the trash', (t) => ({ type: 'audit', id: t.auditId })),
  notFound('an action of a trashed audit named as an audit', (t) => ({
    type: 'audit',
    id: t.trashedActionId,
  })),
  notFound('a live idea, not in the trash', (t) => ({ type: 'idea', id: t.ideaId })),
  notFound('the live shared idea, not in the trash', (t) => ({ type: 'idea', id: t.sharedIdeaId })),
  notFound('a trashed idea named as an expert', (t) => ({ type: 'expert', id: t.trashedIdeaId })),
  notFound('a live expert, not in the trash', (t) => ({ type: 'expert', id: t.expertId })),
  notFound('a live trend note, not in the trash', (t) => ({ type: 'trendNote', id: t.trendId })),
  notFound('a trashed trend note named as a recurring date', (t) => ({
    type: 'recurringDate',
    id: t.trashedTrendId,
  })),
  notFound('a live recurring date, not in the trash', (t) => ({
    type: 'recurringDate',
    id: t.recurringDateId,
  })),
  notFound('a live report, not in the trash', (t) => ({ type: 'report', id: t.reportId })),
  notFound('a trashed report named as an audit', (t) => ({ type: 'audit', id: t.trashedReportId })),
];

/** A date and an optional time (move, update): the same mistakes refused the same way. */
const dateTimeCases = (base: (t: Targets) => object): BadCase[] => [
  ...BAD_DATES.map((date) =>
    invalid(`date ${JSON.stringify(date)}`, (t) => ({ ...base(t), date }), [issue(['date'], 'invalidDate')]),
  ),
  ...BAD_TIMES.map((time) =>
    invalid(`time ${JSON.stringify(time)}`, (t) => ({ ...base(t), date: '2026-11-30', time }), [
      issue(['time'], 'invalidTime'),
    ]),
  ),
  invalid('date as a number', (t) => ({ ...base(t), date: 20261130 }), [issue(['date'], 'invalidType')]),
];

/** A list of post ids (move, setStatus, copy, delete), plus what else the method needs. */
const idsCases = (rest: object): BadCase[] => [
  invalid('no ids', () => ({ ids: [], ...rest }), [issue(['ids'], 'tooSmall', { min: 1 })]),
  invalid('missing ids', () => rest, [issue(['ids'], 'required')]),
  invalid('ids is a string', (t) => ({ ids: t.postId, ...rest }), [issue(['ids'], 'invalidType')]),
  invalid('an id is not a uuid', (t) => ({ ids: [t.postId, 'abc'], ...rest }), [
    issue(['ids', '1'], 'invalidId'),
  ]),
  invalid('over 1000 ids', (t) => ({ ids: Array.from({ length: 1001 }, () => t.postId), ...rest }), [
    issue(['ids'], 'tooBig', { max: 1000 }),
  ]),
  notFound('an unknown post among them', (t) => ({ ids: [t.postId, MISSING_ID], ...rest })),
  notFound('a post in the trash among them', (t) => ({ ids: [t.postId, t.trashedPostId], ...rest })),
  notFound('a channel id given as a post', (t) => ({ ids: [t.channelId], ...rest })),
];

/** The editable fields of a post, wrong in every way a composer or an API user could send them. */
const postFieldCases = (base: (t: Targets) => object): BadCase[] => [
  invalid('negative budget', (t) => ({ ...base(t), budgetCents: -100 }), [
    issue(['budgetCents'], 'tooSmall', { min: 0 }),
  ]),
  invalid('budget with a fraction of a cent', (t) => ({ ...base(t), budgetCents: 12.5 }), [
    issue(['budgetCents'], 'invalidType'),
  ]),
  invalid('budget as text', (t) => ({ ...base(t), budgetCents: '150' }), [
    issue(['budgetCents'], 'invalidType'),
  ]),
  invalid('budget over ten million', (t) => ({ ...base(t), budgetCents: 1_000_000_001 }), [
    issue(['budgetCents'], 'tooBig', { max: 1_000_000_000 }),
  ]),
  // zod's own safe-integer bound (2^53 − 1) is not the limit the user can act on.
  invalid('budget beyond the safe integers', (t) => ({ ...base(t), budgetCents: 1e20 }), [
    issue(['budgetCents'], 'tooBig', { max: 1_000_000_000 }),
  ]),
  invalid('caption with a lone surrogate', (t) => ({ ...base(t), caption: 'Nouveau \ud83c pain' }), [
    issue(['caption'], 'invalidText'),
  ]),
  ...BAD_URLS.map((linkUrl) =>
    invalid(`link ${linkUrl}`, (t) => ({ ...base(t), linkUrl }), [issue(['linkUrl'], 'invalidUrl')]),
  ),
  invalid('link over 2048 characters', (t) => ({ ...base(t), linkUrl: LONG_URL }), [
    issue(['linkUrl'], 'tooLong', { max: 2048 }),
  ]),
  invalid('unknown status', (t) => ({ ...base(t), status: 'scheduled' }), [
    issue(['status'], 'invalidChoice'),
  ]),
  invalid('status with a capital', (t) => ({ ...base(t), status: 'Draft' }), [
    issue(['status'], 'invalidChoice'),
  ]),
  invalid('unknown format', (t) => ({ ...base(t), format: 'gif' }), [issue(['format'], 'invalidChoice')]),
  invalid('caption over 70,000 characters', (t) => ({ ...base(t), caption: LONG_CAPTION }), [
    issue(['caption'], 'tooLong', { max: 70_000 }),
  ]),
  invalid('campaign over 80 characters', (t) => ({ ...base(t), campaign: LONG_CAMPAIGN }), [
    issue(['campaign'], 'tooLong', { max: 80 }),
  ]),
  invalid('notes over 5000 characters', (t) => ({ ...base(t), notes: LONG_NOTES }), [
    issue(['notes'], 'tooLong', { max: 5000 }),
  ]),
  invalid('pillar is not a uuid', (t) => ({ ...base(t), pillarId: 'recettes' }), [
    issue(['pillarId'], 'invalidId'),
  ]),
  invalid('paid is a string', (t) => ({ ...base(t), paid: 'yes' }), [issue(['paid'], 'invalidType')]),
  invalid('publication time is not an instant', (t) => ({ ...base(t), publishedAt: '2026-11-30 10:00' }), [
    issue(['publishedAt'], 'invalidDate'),
  ]),
  invalid('channel is not a uuid', (t) => ({ ...base(t), channelId: 'instagram' }), [
    issue(['channelId'], 'invalidId'),
  ]),
  invalid(
    'channel of another client',
    (t) => ({ ...base(t), channelId: t.otherClientChannelId }),
    otherClient('channelId'),
  ),
  invalid(
    'pillar of another client',
    (t) => ({ ...base(t), pillarId: t.otherClientPillarId }),
    otherClient('pillarId'),
  ),
  notFound('unknown channel', (t) => ({ ...base(t), channelId: MISSING_ID })),
  notFound('channel in the trash', (t) => ({ ...base(t), channelId: t.trashedChannelId })),
  notFound('unknown pillar', (t) => ({ ...base(t), pillarId: MISSING_ID })),
  notFound('pillar in the trash', (t) => ({ ...base(t), pillarId: t.trashedPillarId })),
  invalid('attachments through the post', (t) => ({ ...base(t), attachments: [] }), [
    issue(['attachments'], 'unknownField'),
  ]),
  invalid('segment id is not a uuid', (t) => ({ ...base(t), segmentIds: ['jeunes'] }), [
    issue(['segmentIds', '0'], 'invalidId'),
  ]),
  invalid('segments is a string', (t) => ({ ...base(t), segmentIds: t.segmentId }), [
    issue(['segmentIds'], 'invalidType'),
  ]),
  invalid(
    'over 50 segments',
    (t) => ({ ...base(t), segmentIds: Array.from({ length: 51 }, () => t.segmentId) }),
    [issue(['segmentIds'], 'tooBig', { max: 50 })],
  ),
  invalid(
    'segment of another client, after one of its own',
    (t) => ({ ...base(t), segmentIds: [t.segmentId, t.otherClientSegmentId] }),
    [issue(['segmentIds', '1'], 'otherClient')],
  ),
  notFound('unknown segment', (t) => ({ ...base(t), segmentIds: [MISSING_ID] })),
  notFound('segment in the trash', (t) => ({ ...base(t), segmentIds: [t.segmentId, t.trashedSegmentId] })),
];

const validRange = (t: Targets) => ({ clientId: t.clientId, from: '2026-11-30', to: '2026-12-07' });

/** A client's range of days (exports): real dates, in order. */
const rangeCases = (rest: object): BadCase[] => [
  invalid('missing range', (t) => ({ clientId: t.clientId, ...rest }), [
    issue(['from'], 'required'),
    issue(['to'], 'required'),
  ]),
  invalid('from 2026-02-30', (t) => ({ ...validRange(t), from: '2026-02-30', ...rest }), [
    issue(['from'], 'invalidDate'),
  ]),
  invalid('to 2026-02-30', (t) => ({ ...validRange(t), to: '2026-02-30', ...rest }), [
    issue(['to'], 'invalidDate'),
  ]),
  invalid('to before from', (t) => ({ ...validRange(t), from: '2026-12-07', to: '2026-11-30', ...rest }), [
    issue(['to'], 'rangeEmpty'),
  ]),
  invalid('unknown extra field', (t) => ({ ...validRange(t), ...rest, channelIds: [] }), [
    issue(['channelIds'], 'unknownField'),
  ]),
  notFound('unknown client', (t) => ({ ...validRange(t), clientId: MISSING_ID, ...rest })),
  invalid(
    'range over five years',
    (t) => ({ ...validRange(t), from: '2020-01-01', to: '2026-01-01', ...rest }),
    [issue(['to'], 'rangeTooLong')],
  ),
  notFound('client in the trash', (t) => ({ ...validRange(t), clientId: t.trashedClientId, ...rest })),
];

/** A client id alone (campaigns, pillars): shape, then existence. */
const byClientCases: BadCase[] = [
  invalid('missing clientId', () => ({}), [issue(['clientId'], 'required')]),
  invalid('clientId is not a uuid', () => ({ clientId: 'martin' }), [issue(['clientId'], 'invalidId')]),
  invalid('unknown extra field', (t) => ({ clientId: t.clientId, all: true }), [
    issue(['all'], 'unknownField'),
  ]),
  notFound('unknown client', () => ({ clientId: MISSING_ID })),
  notFound('client in the trash', (t) => ({ clientId: t.trashedClientId })),
];

/** A segment with only a name, plus what a case gets wrong. */
const validSegment = (t: Targets) => ({ clientId: t.clientId, name: 'Jeunes parents' });

/** Shares, lists and tags of a segment (create and update): the same mistakes refused the same way. */
const segmentFieldCases = (base: (t: Targets) => object): BadCase[] => [
  invalid('an age share over 100', (t) => ({ ...base(t), ages: { '25-34': 100.1 } }), [
    issue(['ages', '25-34'], 'shareRange'),
  ]),
  invalid('a negative gender share', (t) => ({ ...base(t), genders: { female: 60, male: -1 } }), [
    issue(['genders', 'male'], 'shareRange'),
  ]),
  invalid(
    'a place share with two decimals',
    (t) => ({ ...base(t), places: [{ kind: 'city', name: 'Lyon', share: 12.25 }] }),
    [issue(['places', '0', 'share'], 'shareDecimals')],
  ),
  invalid('a share as text', (t) => ({ ...base(t), ages: { '18-24': '20 %' } }), [
    issue(['ages', '18-24'], 'invalidType'),
  ]),
  invalid('an unknown age band', (t) => ({ ...base(t), ages: { '25-34': 40, '12-17': 10 } }), [
    issue(['ages', '12-17'], 'unknownField'),
  ]),
  invalid('an unknown gender', (t) => ({ ...base(t), genders: { female: 50, nonbinary: 5 } }), [
    issue(['genders', 'nonbinary'], 'unknownField'),
  ]),
  invalid('an unknown network', (t) => ({ ...base(t), networks: ['instagram', 'myspace'] }), [
    issue(['networks', '1'], 'unknownNetwork'),
  ]),
  invalid('an unknown kind of place', (t) => ({ ...base(t), places: [{ kind: 'planet', name: 'Mars' }] }), [
    issue(['places', '0', 'kind'], 'invalidChoice'),
  ]),
  invalid('a place without a name', (t) => ({ ...base(t), places: [{ kind: 'city', name: ' ' }] }), [
    issue(['places', '0', 'name'], 'required'),
  ]),
  invalid('an unknown active slot', (t) => ({ ...base(t), active: ['mon:evening', 'mon:lunch'] }), [
    issue(['active', '1'], 'invalidChoice'),
  ]),
  invalid('a negative size', (t) => ({ ...base(t), sizeEstimate: -10 }), [
    issue(['sizeEstimate'], 'tooSmall', { min: 0 }),
  ]),
  invalid('a size with a fraction', (t) => ({ ...base(t), sizeEstimate: 1500.5 }), [
    issue(['sizeEstimate'], 'invalidType'),
  ]),
  invalid('a blank interest', (t) => ({ ...base(t), interests: ['vélo', '  '] }), [
    issue(['interests', '1'], 'required'),
  ]),
  invalid('an interest over 60 characters', (t) => ({ ...base(t), interests: ['x'.repeat(TAG_MAX + 1)] }), [
    issue(['interests', '0'], 'tooLong', { max: TAG_MAX }),
  ]),
  invalid(
    'over 100 sectors',
    (t) => ({ ...base(t), sectors: Array.from({ length: LIST_MAX + 1 }, (_, i) => `secteur ${i}`) }),
    [issue(['sectors'], 'tooBig', { max: LIST_MAX })],
  ),
  invalid('notes over 20,000 characters', (t) => ({ ...base(t), notes: 'n'.repeat(SEGMENT_TEXT_MAX + 1) }), [
    issue(['notes'], 'tooLong', { max: SEGMENT_TEXT_MAX }),
  ]),
];

/** One cell of the grid, on a post that takes every common metric. */
const cell = (postId: string, metric = 'reach', value: unknown = 120) => ({ postId, metric, value });
const save = (...cells: unknown[]) => ({ on: TODAY, cells });

/** A grid or dashboard range over a client's days. */
const periodCases = (max: number, tooLong: Issue['code'], rest: object = {}): BadCase[] => [
  invalid('missing range', (t) => ({ clientId: t.clientId, ...rest }), [
    issue(['from'], 'required'),
    issue(['to'], 'required'),
  ]),
  invalid('an empty range', (t) => ({ ...validRange(t), to: validRange(t).from, ...rest }), [
    issue(['to'], 'rangeEmpty'),
  ]),
  invalid('to before from', (t) => ({ ...validRange(t), from: '2026-12-07', to: '2026-11-30', ...rest }), [
    issue(['to'], 'rangeEmpty'),
  ]),
  invalid(
    `a range over ${max} days`,
    (t) => ({ clientId: t.clientId, from: '2024-01-01', to: addDays('2024-01-01', max + 1), ...rest }),
    [issue(['to'], tooLong)],
  ),
  invalid('from 2026-02-30', (t) => ({ ...validRange(t), from: '2026-02-30', ...rest }), [
    issue(['from'], 'invalidDate'),
  ]),
  invalid('clientId is not a uuid', (t) => ({ ...validRange(t), clientId: 'martin', ...rest }), [
    issue(['clientId'], 'invalidId'),
  ]),
  notFound('unknown client', (t) => ({ ...validRange(t), clientId: MISSING_ID, ...rest })),
  notFound('client in the trash', (t) => ({ ...validRange(t), clientId: t.trashedClientId, ...rest })),
];

/** A follower count a weekly form could send wrong. */
const counts = (t: Targets, ...entries: unknown[]) => ({ clientId: t.clientId, on: TODAY, entries });

const validObjective = (t: Targets) => ({
  clientId: t.clientId,
  title: 'Passer à 1 500 abonnés',
  kpi: 'followers',
  baseline: 1000,
  target: 1500,
  goal: 'awareness',
  startOn: '2026-12-01',
  deadline: '2027-02-28',
});

/** CSV files to import, as base64 (the seeded client's channel is instagram:@boulangerie.martin). */
const csvFile = (text: string, encoding: 'utf8' | 'latin1' = 'utf8') =>
  Buffer.from(text, encoding).toString('base64');
const CP1252_CSV = 'date,time,channel,caption\n2026-11-30,10:00,instagram:@boulangerie.martin,Crème brûlée\n';
const TAB_CSV = 'date\ttime\tchannel\n2026-11-30\t10:00\tinstagram:@boulangerie.martin\n';
const NEGATIVE_BUDGET_CSV =
  'date,time,channel,budget\n2026-11-30,10:00,instagram:@boulangerie.martin,12\n2026-12-01,10:00,instagram:@boulangerie.martin,-5\n';

/** A competitor with a name and a colour, plus what a case gets wrong. */
const validCompetitor = (t: Targets) => ({
  clientId: t.clientId,
  name: 'Boulangerie Durand',
  color: '#29A36A',
});
const account = (network: string, handle: unknown, more: object = {}) => ({ network, handle, ...more });

/** The fields of a competitor (create and update): the same mistakes refused the same way. */
const competitorFieldCases = (base: (t: Targets) => object): BadCase[] => [
  invalid('name over 80 characters', (t) => ({ ...base(t), name: LONG_NAME }), [
    issue(['name'], 'tooLong', { max: 80 }),
  ]),
  invalid('name with a right-to-left override', (t) => ({ ...base(t), name: 'Boulangerie \u202emoc' }), [
    issue(['name'], 'bidiControl'),
  ]),
  ...BAD_COLORS.map((color) =>
    invalid(`colour ${color}`, (t) => ({ ...base(t), color }), [issue(['color'], 'invalidColor')]),
  ),
  invalid('notes over 5000 characters', (t) => ({ ...base(t), notes: LONG_NOTES }), [
    issue(['notes'], 'tooLong', { max: 5000 }),
  ]),
  invalid('a blank tag', (t) => ({ ...base(t), tags: ['Quartier', ' '] }), [
    issue(['tags', '1'], 'required'),
  ]),
  invalid('a tag over 60 characters', (t) => ({ ...base(t), tags: ['t'.repeat(TAG_MAX + 1)] }), [
    issue(['tags', '0'], 'tooLong', { max: TAG_MAX }),
  ]),
  invalid(
    'over 100 tags',
    (t) => ({ ...base(t), tags: Array.from({ length: LIST_MAX + 1 }, (_, i) => `tag ${i}`) }),
    [issue(['tags'], 'tooBig', { max: LIST_MAX })],
  ),
  invalid('accounts is an object', (t) => ({ ...base(t), accounts: account('instagram', '@durand') }), [
    issue(['accounts'], 'invalidType'),
  ]),
  invalid(
    'an account on an unknown network',
    (t) => ({ ...base(t), accounts: [account('myspace', 'durand')] }),
    [issue(['accounts', '0', 'network'], 'unknownNetwork')],
  ),
  invalid('an account without a handle', (t) => ({ ...base(t), accounts: [{ network: 'instagram' }] }), [
    issue(['accounts', '0', 'handle'], 'required'),
  ]),
  invalid('a blank handle', (t) => ({ ...base(t), accounts: [account('instagram', '  ')] }), [
    issue(['accounts', '0', 'handle'], 'required'),
  ]),
  invalid('a handle over 100 characters', (t) => ({ ...base(t), accounts: [account('x', LONG_HANDLE)] }), [
    issue(['accounts', '0', 'handle'], 'tooLong', { max: 100 }),
  ]),
  invalid(
    'a handle with a right-to-left override',
    (t) => ({ ...base(t), accounts: [account('instagram', '@\u202enarud')] }),
    [issue(['accounts', '0', 'handle'], 'bidiControl')],
  ),
  invalid('a handle as a number', (t) => ({ ...base(t), accounts: [account('instagram', 42)] }), [
    issue(['accounts', '0', 'handle'], 'invalidType'),
  ]),
  ...BAD_URLS.map((url) =>
    invalid(
      `an account URL ${url}`,
      (t) => ({ ...base(t), accounts: [account('instagram', '@durand', { url })] }),
      [issue(['accounts', '0', 'url'], 'invalidUrl')],
    ),
  ),
  invalid(
    'an account with an extra field',
    (t) => ({ ...base(t), accounts: [account('instagram', '@durand', { followers: 10 })] }),
    [issue(['accounts', '0', 'followers'], 'unknownField')],
  ),
  invalid(
    'one account listed twice',
    (t) => ({ ...base(t), accounts: [account('instagram', '@durand'), account('instagram', '@durand')] }),
    [issue(['accounts', '1', 'handle'], 'duplicateAccount')],
  ),
  invalid(
    "'@Durand.Pain' and 'durand.pain ' are one account",
    (t) => ({
      ...base(t),
      accounts: [
        account('facebook', 'Durand'),
        account('instagram', '@Durand.Pain'),
        account('instagram', 'durand.pain '),
      ],
    }),
    [issue(['accounts', '2', 'handle'], 'duplicateAccount')],
  ),
  invalid(
    `over ${ACCOUNTS_MAX} accounts`,
    (t) => ({
      ...base(t),
      accounts: Array.from({ length: ACCOUNTS_MAX + 1 }, (_, i) => account('instagram', `@durand.${i}`)),
    }),
    [issue(['accounts'], 'tooBig', { max: ACCOUNTS_MAX })],
  ),
  // The checks against the stored competitors: an account is watched under one competitor only.
  invalid(
    'an account of the archived competitor',
    (t) => ({ ...base(t), accounts: [account('instagram', '@Ancienne.Boulangerie')] }),
    [issue(['accounts', '0', 'handle'], 'accountTaken', { name: 'Ancienne Boulangerie' })],
  ),
  invalid(
    'an account id of the other client',
    (t) => ({ ...base(t), accounts: [account('instagram', '@durand', { id: t.otherClientAccountId })] }),
    [issue(['accounts', '0', 'id'], 'invalidId')],
  ),
  invalid(
    'an account id of the competitor in the trash',
    (t) => ({
      ...base(t),
      accounts: [account('instagram', '@durand', { id: t.trashedCompetitorAccountId })],
    }),
    [issue(['accounts', '0', 'id'], 'invalidId')],
  ),
  invalid(
    'an account id that is not a uuid',
    (t) => ({ ...base(t), accounts: [account('instagram', '@durand', { id: 'ig-1' })] }),
    [issue(['accounts', '0', 'id'], 'invalidId')],
  ),
];

/** A competitor's reading on a past day, as the grid sends it. */
const readings = (t: Targets, ...rows: unknown[]) => ({ clientId: t.clientId, on: '2026-11-25', rows });
const reading = (accountId: string, over: object = {}) => ({ accountId, followers: 5300, ...over });

/** A mention the journal's form could send, said the day before the test clock's today. */
const validMention = {
  date: '2026-11-25',
  time: '09:00',
  network: 'instagram',
  text: 'Les meilleurs croissants du quartier',
  subject: { kind: 'brand' },
  sentiment: 'positive',
};
const mention = (over: object = {}) => ({ ...validMention, ...over });
/** Later today on the client's wall clock (the test clock reads 10:01 in Paris when the call is made). */
const LATER_TODAY = { date: TODAY, time: '23:00' };
const NOW_IN_PARIS = '10:01';

/** The fields of a mention, wrong in every way the form, a paste or an API user could send them. */
const mentionFieldCases = (send: (t: Targets, over: object) => object, at: string[]): BadCase[] => [
  invalid('a sentiment outside the three', (t) => send(t, { sentiment: 'happy' }), [
    issue([...at, 'sentiment'], 'invalidSentiment'),
  ]),
  invalid('a sentiment with a capital', (t) => send(t, { sentiment: 'Positive' }), [
    issue([...at, 'sentiment'], 'invalidSentiment'),
  ]),
  invalid('a sentiment as a number', (t) => send(t, { sentiment: 1 }), [
    issue([...at, 'sentiment'], 'invalidSentiment'),
  ]),
  ...BAD_DATES.map((date) =>
    invalid(`date ${JSON.stringify(date)}`, (t) => send(t, { date }), [
      issue([...at, 'date'], 'invalidDate'),
    ]),
  ),
  ...BAD_TIMES.map((time) =>
    invalid(`time ${JSON.stringify(time)}`, (t) => send(t, { time }), [
      issue([...at, 'time'], 'invalidTime'),
    ]),
  ),
  invalid('an unknown network', (t) => send(t, { network: 'myspace' }), [
    issue([...at, 'network'], 'unknownNetwork'),
  ]),
  invalid('an author over 100 characters', (t) => send(t, { author: LONG_HANDLE }), [
    issue([...at, 'author'], 'tooLong', { max: 100 }),
  ]),
  invalid('an author with a right-to-left override', (t) => send(t, { author: '@\u202enaf' }), [
    issue([...at, 'author'], 'bidiControl'),
  ]),
  invalid('a negative audience', (t) => send(t, { authorAudience: -1 }), [
    issue([...at, 'authorAudience'], 'negative'),
  ]),
  invalid('an audience with a fraction', (t) => send(t, { authorAudience: 830.5 }), [
    issue([...at, 'authorAudience'], 'notInteger'),
  ]),
  invalid('an audience as text', (t) => send(t, { authorAudience: '830' }), [
    issue([...at, 'authorAudience'], 'notANumber'),
  ]),
  invalid('an audience over ten billion', (t) => send(t, { authorAudience: SIZE_MAX + 1 }), [
    issue([...at, 'authorAudience'], 'tooBig', { max: SIZE_MAX }),
  ]),
  invalid(
    `a text over ${MENTION_TEXT_MAX} characters`,
    (t) => send(t, { text: 't'.repeat(MENTION_TEXT_MAX + 1) }),
    [issue([...at, 'text'], 'tooLong', { max: MENTION_TEXT_MAX })],
  ),
  invalid('a text as a number', (t) => send(t, { text: 42 }), [issue([...at, 'text'], 'invalidType')]),
  ...BAD_URLS.map((url) =>
    invalid(`a link ${url}`, (t) => send(t, { url }), [issue([...at, 'url'], 'invalidUrl')]),
  ),
  invalid('a link over 2048 characters', (t) => send(t, { url: LONG_URL }), [
    issue([...at, 'url'], 'tooLong', { max: 2048 }),
  ]),
  invalid('a blank tag', (t) => send(t, { tags: ['Avis', ''] }), [issue([...at, 'tags', '1'], 'required')]),
  invalid('a subject as a string', (t) => send(t, { subject: 'brand' }), [
    issue([...at, 'subject'], 'invalidType'),
  ]),
  invalid('a competitor subject without its id', (t) => send(t, { subject: { kind: 'competitor' } }), [
    issue([...at, 'subject', 'competitorId'], 'required'),
  ]),
  invalid(
    'a competitor subject with a competitor id that is not a uuid',
    (t) => send(t, { subject: { kind: 'competitor', competitorId: 'petit' } }),
    [issue([...at, 'subject', 'competitorId'], 'invalidId')],
  ),
  invalid('a topic without a name', (t) => send(t, { subject: { kind: 'topic', topic: ' ' } }), [
    issue([...at, 'subject', 'topic'], 'required'),
  ]),
  invalid(
    'a topic over 60 characters',
    (t) => send(t, { subject: { kind: 'topic', topic: `#${'p'.repeat(TAG_MAX)}` } }),
    [issue([...at, 'subject', 'topic'], 'tooLong', { max: TAG_MAX })],
  ),
  invalid(
    'a brand subject that also names a competitor',
    (t) => send(t, { subject: { kind: 'brand', competitorId: t.competitorId } }),
    [issue([...at, 'subject', 'competitorId'], 'unknownField')],
  ),
  invalid('a post id that is not a uuid', (t) => send(t, { postId: 'post-1' }), [
    issue([...at, 'postId'], 'invalidId'),
  ]),
  // The checks against the clock and the stored rows.
  invalid('said tomorrow', (t) => send(t, { date: addDays(TODAY, 1) }), [
    issue([...at, 'date'], 'futureDate', { date: TODAY }),
  ]),
  invalid('said later today', (t) => send(t, LATER_TODAY), [
    issue([...at, 'time'], 'futureTime', { time: NOW_IN_PARIS }),
  ]),
  invalid(
    "about another client's competitor",
    (t) => send(t, { subject: { kind: 'competitor', competitorId: t.otherClientCompetitorId } }),
    [issue([...at, 'subject', 'competitorId'], 'otherClient')],
  ),
  invalid(
    'about the competitor in the trash',
    (t) => send(t, { subject: { kind: 'competitor', competitorId: t.trashedCompetitorId } }),
    [issue([...at, 'subject', 'competitorId'], 'invalidId')],
  ),
  invalid(
    'about an unknown competitor',
    (t) => send(t, { subject: { kind: 'competitor', competitorId: MISSING_ID } }),
    [issue([...at, 'subject', 'competitorId'], 'invalidId')],
  ),
  invalid("answering another client's post", (t) => send(t, { postId: t.otherClientPostId }), [
    issue([...at, 'postId'], 'otherClient'),
  ]),
  invalid('answering a post in the trash', (t) => send(t, { postId: t.trashedPostId }), [
    issue([...at, 'postId'], 'invalidId'),
  ]),
  invalid('answering a channel id given as a post', (t) => send(t, { postId: t.channelId }), [
    issue([...at, 'postId'], 'invalidId'),
  ]),
  invalid(
    "said tomorrow, about another client's competitor, answering another client's post",
    (t) => ({
      ...send(t, {
        date: addDays(TODAY, 1),
        subject: { kind: 'competitor', competitorId: t.otherClientCompetitorId },
        postId: t.otherClientPostId,
      }),
    }),
    [
      issue([...at, 'date'], 'futureDate', { date: TODAY }),
      issue([...at, 'subject', 'competitorId'], 'otherClient'),
      issue([...at, 'postId'], 'otherClient'),
    ],
  ),
];

/** The journal's form sends the mention's fields beside the client's id. */
const createMention = (t: Targets, over: object) => ({ clientId: t.clientId, ...mention(over) });
const createMentions = (t: Targets, ...mentions: object[]) => ({ clientId: t.clientId, mentions });
const terms = (t: Targets, ...list: unknown[]) => ({ clientId: t.clientId, terms: list });
const brandTerm = (term: unknown) => ({ term, subject: { kind: 'brand' } });
/** Well-formed ids no row carries, one per index. */
const missingIds = (n: number) =>
  Array.from({ length: n }, (_, i) => `0190f5a2-7c3e-7000-8000-${(i + 1).toString(16).padStart(12, '0')}`);

/** A one-line label (a title, a name, a note's text): blank, too long, a number, or disguised by a bidi control. */
const labelCases = (field: string, max: number, base: (t: Targets) => object): BadCase[] => [
  invalid(`a blank ${field}`, (t) => ({ ...base(t), [field]: '   ' }), [issue([field], 'required')]),
  invalid(`${field} over ${max} characters`, (t) => ({ ...base(t), [field]: 'x'.repeat(max + 1) }), [
    issue([field], 'tooLong', { max }),
  ]),
  invalid(`${field} with a right-to-left override`, (t) => ({ ...base(t), [field]: 'Galette \u202esiord' }), [
    issue([field], 'bidiControl'),
  ]),
  invalid(`${field} as a number`, (t) => ({ ...base(t), [field]: 42 }), [issue([field], 'invalidType')]),
];

/** A link that must be http(s), or empty for none. */
const linkCases = (field: string, base: (t: Targets) => object): BadCase[] => [
  ...BAD_URLS.map((url) =>
    invalid(`${field} ${url}`, (t) => ({ ...base(t), [field]: url }), [issue([field], 'invalidUrl')]),
  ),
  invalid(`${field} over 2048 characters`, (t) => ({ ...base(t), [field]: LONG_URL }), [
    issue([field], 'tooLong', { max: 2048 }),
  ]),
];

/** A list of free tags, as the tag field sends it. */
const tagCases = (base: (t: Targets) => object): BadCase[] => [
  invalid('a blank tag', (t) => ({ ...base(t), tags: ['Fêtes', ' '] }), [issue(['tags', '1'], 'required')]),
  invalid('a tag over 60 characters', (t) => ({ ...base(t), tags: ['t'.repeat(TAG_MAX + 1)] }), [
    issue(['tags', '0'], 'tooLong', { max: TAG_MAX }),
  ]),
  invalid(
    `over ${LIST_MAX} tags`,
    (t) => ({ ...base(t), tags: Array.from({ length: LIST_MAX + 1 }, (_, i) => `tag ${i}`) }),
    [issue(['tags'], 'tooBig', { max: LIST_MAX })],
  ),
  invalid('tags as one string', (t) => ({ ...base(t), tags: 'Fêtes, Noël' }), [
    issue(['tags'], 'invalidType'),
  ]),
];

/** A client's bank or list, or with clientId null the one every client shares: shape, then existence. */
const sharedOrClientCases = (rest: object = {}): BadCase[] => [
  invalid('missing clientId', () => rest, [issue(['clientId'], 'required')]),
  invalid('clientId is not a uuid', () => ({ ...rest, clientId: 'martin' }), [
    issue(['clientId'], 'invalidId'),
  ]),
  invalid('clientId is false', () => ({ ...rest, clientId: false }), [issue(['clientId'], 'invalidType')]),
  invalid('unknown extra field', (t) => ({ ...rest, clientId: t.clientId, all: true }), [
    issue(['all'], 'unknownField'),
  ]),
  notFound('unknown client', () => ({ ...rest, clientId: MISSING_ID })),
  notFound('client in the trash', (t) => ({ ...rest, clientId: t.trashedClientId })),
];

/** An update's id: missing, not a uuid, or naming no live row of its kind (unknown, in the trash, another kind's). */
const updateIdCases = (
  what: string,
  trashed: keyof Targets,
  otherKind: keyof Targets,
  patch: object,
): BadCase[] => [
  invalid('missing id', () => patch, [issue(['id'], 'required')]),
  invalid('id is not a uuid', () => ({ ...patch, id: 'abc' }), [issue(['id'], 'invalidId')]),
  notFound('unknown id', () => ({ ...patch, id: MISSING_ID })),
  notFound(`${what} in the trash`, (t) => ({ ...patch, id: t[trashed] })),
  notFound(`${String(otherKind)} given as ${what}`, (t) => ({ ...patch, id: t[otherKind] })),
];

/** The audit's answers, as its autosave sends them. */
const answers = (t: Targets, ...list: object[]) => ({ id: t.auditId, answers: list });
const actions = (t: Targets, ...list: object[]) => ({ id: t.auditId, actions: list });
const OUT_OF_RANGE_SCORES: unknown[] = [0, 6, -1, 2.5, '4', 1e9];

/** An audit's action made into what it asks for, by default the seeded audit's first action. */
const act = (t: Targets, as: string, body: object, actionId: string = t.actionId) => ({
  actionId,
  as,
  [as]: body,
});
const actObjective = (t: Targets, over: object = {}, actionId?: string) =>
  act(
    t,
    'objective',
    {
      title: 'Doubler la portée',
      kpi: 'reach',
      baseline: 1000,
      target: 2000,
      goal: 'awareness',
      startOn: '2026-12-01',
      deadline: '2027-03-01',
      ...over,
    },
    actionId,
  );
const actPillar = (t: Targets, over: object = {}) =>
  act(t, 'pillar', { name: 'Coulisses', color: '#336699', ...over });
const actPost = (t: Targets, over: object = {}, actionId?: string) =>
  act(t, 'post', { channelId: t.channelId, date: '2026-12-10', time: '09:00', ...over }, actionId);

/** An idea's fields (create and update): the same mistakes refused the same way. */
const ideaFieldCases = (base: (t: Targets) => object): BadCase[] => [
  ...labelCases('title', IDEA_TITLE_MAX, base),
  invalid('notes over 5000 characters', (t) => ({ ...base(t), notes: LONG_NOTES }), [
    issue(['notes'], 'tooLong', { max: 5000 }),
  ]),
  ...linkCases('sourceUrl', base),
  ...tagCases(base),
  invalid('an unknown network', (t) => ({ ...base(t), network: 'myspace' }), [
    issue(['network'], 'unknownNetwork'),
  ]),
  invalid('an unknown status', (t) => ({ ...base(t), status: 'archived' }), [
    issue(['status'], 'invalidChoice'),
  ]),
  invalid('use before 2027-02-29', (t) => ({ ...base(t), useBefore: '2027-02-29' }), [
    issue(['useBefore'], 'invalidDate'),
  ]),
  invalid('an expert id that is not a uuid', (t) => ({ ...base(t), expertId: 'smt' }), [
    issue(['expertId'], 'invalidId'),
  ]),
  invalid('a picture through the idea', (t) => ({ ...base(t), picture: null }), [
    issue(['picture'], 'unknownField'),
  ]),
  invalid(
    'pillar of another client',
    (t) => ({ ...base(t), pillarId: t.otherClientPillarId }),
    otherClient('pillarId'),
  ),
  invalid(
    'segment of another client',
    (t) => ({ ...base(t), segmentId: t.otherClientSegmentId }),
    otherClient('segmentId'),
  ),
  invalid(
    'pillar and segment of another client',
    (t) => ({ ...base(t), pillarId: t.otherClientPillarId, segmentId: t.otherClientSegmentId }),
    [issue(['pillarId'], 'otherClient'), issue(['segmentId'], 'otherClient')],
  ),
  notFound('pillar in the trash', (t) => ({ ...base(t), pillarId: t.trashedPillarId })),
  notFound('unknown segment', (t) => ({ ...base(t), segmentId: MISSING_ID })),
  notFound('segment in the trash', (t) => ({ ...base(t), segmentId: t.trashedSegmentId })),
  notFound('expert in the trash', (t) => ({ ...base(t), expertId: t.trashedExpertId })),
  notFound('a pillar id given as an expert', (t) => ({ ...base(t), expertId: t.pillarId })),
];

/** A picture for an idea, sent whole: a small PNG unless a case says otherwise. */
const PNG_BASE64 = pngFile(8, 8).toString('base64');
const TEXT_BASE64 = textFile().toString('base64');
const PDF_BASE64 = pdfFile().toString('base64');
const picture = (id: string, file: object = {}) => ({
  id,
  file: { name: 'vitrine.png', base64: PNG_BASE64, ...file },
});

/** The seeded client's idea dropped on its own calendar. */
const toPost = (t: Targets, over: object = {}) => ({
  id: t.ideaId,
  channelId: t.channelId,
  date: '2026-12-03',
  time: '09:00',
  ...over,
});

const validExpert = { name: 'Social Media Today', topic: 'Réseaux sociaux' };

/** An expert's fields (create and update). */
const expertFieldCases = (base: (t: Targets) => object): BadCase[] => [
  ...labelCases('name', 80, base),
  invalid('topic over 80 characters', (t) => ({ ...base(t), topic: LONG_NAME }), [
    issue(['topic'], 'tooLong', { max: 80 }),
  ]),
  invalid('an unknown network', (t) => ({ ...base(t), network: 'myspace' }), [
    issue(['network'], 'unknownNetwork'),
  ]),
  ...linkCases('url', base),
  invalid(`why over ${WHY_MAX} characters`, (t) => ({ ...base(t), why: 'w'.repeat(WHY_MAX + 1) }), [
    issue(['why'], 'tooLong', { max: WHY_MAX }),
  ]),
  invalid('a client for an expert', (t) => ({ ...base(t), clientId: t.clientId }), [
    issue(['clientId'], 'unknownField'),
  ]),
];

const validTrend = (t: Targets) => ({
  clientId: t.clientId,
  text: 'Cet audio monte sur les Reels',
  notedOn: '2026-11-20',
  expiresOn: '2026-12-20',
});

/** A trend note's fields (create and update). */
const trendFieldCases = (base: (t: Targets) => object): BadCase[] => [
  ...labelCases('text', TREND_TEXT_MAX, base),
  ...linkCases('url', base),
  invalid('an unknown network', (t) => ({ ...base(t), network: 'myspace' }), [
    issue(['network'], 'unknownNetwork'),
  ]),
  invalid('noted on 2026-02-30', (t) => ({ ...base(t), notedOn: '2026-02-30' }), [
    issue(['notedOn'], 'invalidDate'),
  ]),
  invalid('expiring on 20/12/2026', (t) => ({ ...base(t), expiresOn: '20/12/2026' }), [
    issue(['expiresOn'], 'invalidDate'),
  ]),
];

/** Days that exist in no year, and rules no calendar has. */
const NO_SUCH_DAYS: [number, number][] = [
  [2, 30],
  [2, 31],
  [4, 31],
  [6, 31],
  [9, 31],
  [11, 31],
];
const fixed = (month: unknown, day: unknown) => ({ kind: 'fixed', month, day });
const nth = (month: unknown, weekday: unknown, n: unknown) => ({ kind: 'nth', month, weekday, nth: n });
const ruleIssue = (field: string, code: Issue['code'], params?: Issue['params']) => [
  issue(['rule', field], code, params),
];

const validRecurringDate = (t: Targets) => ({
  clientId: t.clientId,
  name: 'Foire de printemps',
  rule: fixed(4, 18),
});

/** A recurring date's fields (create and update). */
const recurringFieldCases = (base: (t: Targets) => object): BadCase[] => [
  ...labelCases('name', 80, base),
  ...NO_SUCH_DAYS.map(([month, day]) =>
    invalid(
      `${day} of month ${month}`,
      (t) => ({ ...base(t), rule: fixed(month, day) }),
      ruleIssue('day', 'dayNotInMonth'),
    ),
  ),
  ...[0, 13].map((month) =>
    invalid(
      `month ${month}`,
      (t) => ({ ...base(t), rule: fixed(month, 1) }),
      ruleIssue('month', 'invalidChoice'),
    ),
  ),
  ...[0, 32].map((day) =>
    invalid(`day ${day}`, (t) => ({ ...base(t), rule: fixed(1, day) }), ruleIssue('day', 'invalidChoice')),
  ),
  ...[0, 5, -2].map((n) =>
    invalid(
      `the ${n}th weekday`,
      (t) => ({ ...base(t), rule: nth(10, 2, n) }),
      ruleIssue('nth', 'invalidChoice'),
    ),
  ),
  ...[0, 8].map((weekday) =>
    invalid(
      `weekday ${weekday}`,
      (t) => ({ ...base(t), rule: nth(10, weekday, 1) }),
      ruleIssue('weekday', 'invalidChoice'),
    ),
  ),
  invalid(
    'month 13 of an nth rule',
    (t) => ({ ...base(t), rule: nth(13, 2, 1) }),
    ruleIssue('month', 'invalidChoice'),
  ),
  invalid(
    `over ${EASTER_OFFSET_MAX} days after Easter`,
    (t) => ({ ...base(t), rule: { kind: 'easter', offset: EASTER_OFFSET_MAX + 1 } }),
    ruleIssue('offset', 'tooBig', { max: EASTER_OFFSET_MAX }),
  ),
  invalid(
    `over ${EASTER_OFFSET_MAX} days before Easter`,
    (t) => ({ ...base(t), rule: { kind: 'easter', offset: -EASTER_OFFSET_MAX - 1 } }),
    ruleIssue('offset', 'tooSmall', { min: -EASTER_OFFSET_MAX }),
  ),
  invalid(
    'half a day after Easter',
    (t) => ({ ...base(t), rule: { kind: 'easter', offset: 1.5 } }),
    ruleIssue('offset', 'notInteger'),
  ),
  invalid('a day of a month with a weekday', (t) => ({ ...base(t), rule: { ...fixed(3, 12), weekday: 4 } }), [
    issue(['rule', 'weekday'], 'unknownField'),
  ]),
  invalid(
    'a kind of rule Calepin does not have',
    (t) => ({ ...base(t), rule: { kind: 'weekly', weekday: 1 } }),
    [issue(['rule', 'kind'], 'invalidChoice')],
  ),
  invalid('a rule as text', (t) => ({ ...base(t), rule: '12 mars' }), [issue(['rule'], 'invalidType')]),
  invalid('zero days', (t) => ({ ...base(t), days: 0 }), [issue(['days'], 'tooSmall', { min: 1 })]),
  invalid(`over ${RECURRING_DAYS_MAX} days`, (t) => ({ ...base(t), days: RECURRING_DAYS_MAX + 1 }), [
    issue(['days'], 'tooBig', { max: RECURRING_DAYS_MAX }),
  ]),
  invalid('half a day', (t) => ({ ...base(t), days: 1.5 }), [issue(['days'], 'notInteger')]),
  invalid('days as text', (t) => ({ ...base(t), days: '3' }), [issue(['days'], 'notANumber')]),
  invalid('notes over 2000 characters', (t) => ({ ...base(t), notes: 'n'.repeat(2001) }), [
    issue(['notes'], 'tooLong', { max: 2000 }),
  ]),
];

/** A month's report of the seeded client, plus what a case gets wrong. */
const validReport = (t: Targets) => ({
  clientId: t.clientId,
  kind: 'month',
  from: '2026-10-01',
  to: '2026-11-01',
  language: 'fr',
});
/** Every section once, in the default order, with what a case changes. */
const allSections = () => REPORT_SECTIONS.map((id) => ({ id: id as string, on: true }));
const sections = (t: Targets, list: unknown) => ({ id: t.reportId, sections: list });

/** A report's editable fields (create and update): the same mistakes refused the same way. */
const reportFieldCases = (base: (t: Targets) => object): BadCase[] => [
  invalid('title over 80 characters', (t) => ({ ...base(t), title: LONG_NAME }), [
    issue(['title'], 'tooLong', { max: 80 }),
  ]),
  invalid('title with a right-to-left override', (t) => ({ ...base(t), title: 'Bilan \u202eerbmevon' }), [
    issue(['title'], 'bidiControl'),
  ]),
  invalid('title as a number', (t) => ({ ...base(t), title: 2026 }), [issue(['title'], 'invalidType')]),
  invalid('a language Calepin does not speak', (t) => ({ ...base(t), language: 'de' }), [
    issue(['language'], 'invalidChoice'),
  ]),
  invalid('a language with a capital', (t) => ({ ...base(t), language: 'FR' }), [
    issue(['language'], 'invalidChoice'),
  ]),
  invalid('paper A3', (t) => ({ ...base(t), paper: 'a3' }), [issue(['paper'], 'invalidChoice')]),
  // The figures are read by Calepin, never written by a call.
  invalid('figures given', (t) => ({ ...base(t), figures: { dashboard: {} } }), [
    issue(['figures'], 'unknownField'),
  ]),
];

/** With no printer (the web host, the tests), a call the schema lets through is refused for that. */
const noPrinter = (what: string, input: (t: Targets) => unknown): BadCase =>
  invalid(what, input, [issue([], 'printUnavailable')]);

/** The logo sent whole: a small PNG unless a case says otherwise. */
const logo = (file: object = {}) => ({ file: { name: 'logo.png', base64: PNG_BASE64, ...file } });

/** A plan to approve: the seeded client's draft of 2026-11-30 is in it. */
const validPlan = (t: Targets) => ({
  clientId: t.clientId,
  from: '2026-11-26',
  to: '2026-12-26',
  language: 'fr',
});

/** The seeded reply, changed on the way as a hand or a mail program could. */
function alteredReply(reply: string, change: (body: ReplyBody) => ReplyBody): string {
  const body = decodeReply(reply);
  if (!body) throw new Error('The seeded reply does not read as one');
  return encodeReply(change(body));
}

/** A reply to read or apply: checked whole (what it is, who signed it, whose it is) before anything is written. */
const replyCases: BadCase[] = [
  invalid('missing clientId', (t) => ({ text: t.reply }), [issue(['clientId'], 'required')]),
  invalid('missing text', (t) => ({ clientId: t.clientId }), [issue(['text'], 'required')]),
  invalid('clientId is not a uuid', (t) => ({ clientId: 'martin', text: t.reply }), [
    issue(['clientId'], 'invalidId'),
  ]),
  invalid('the text as a number', (t) => ({ clientId: t.clientId, text: 42 }), [
    issue(['text'], 'invalidType'),
  ]),
  invalid('the reply as an object', (t) => ({ clientId: t.clientId, text: decodeReply(t.reply) }), [
    issue(['text'], 'invalidType'),
  ]),
  invalid(
    `a text over ${REPLY_MAX_CHARS} characters`,
    (t) => ({ clientId: t.clientId, text: `${t.reply}${' '.repeat(REPLY_MAX_CHARS)}` }),
    [issue(['text'], 'replyTooBig')],
  ),
  invalid('a file path instead of its text', (t) => ({ clientId: t.clientId, path: '/tmp/reply.txt' }), [
    issue(['text'], 'required'),
    issue(['path'], 'unknownField'),
  ]),
  // The text itself, read by the handler.
  invalid(
    'an e-mail with no reply in it',
    (t) => ({ clientId: t.clientId, text: 'Tout est parfait, merci !' }),
    [issue(['text'], 'notAReply')],
  ),
  invalid('an empty text', (t) => ({ clientId: t.clientId, text: '' }), [issue(['text'], 'notAReply')]),
  invalid(
    'a reply cut before its end',
    (t) => ({ clientId: t.clientId, text: t.reply.slice(0, t.reply.indexOf(END)) }),
    [issue(['text'], 'notAReply')],
  ),
  invalid(
    'a reply with a character that is not base64',
    (t) => ({ clientId: t.clientId, text: t.reply.replace(/\n(.)/, '\n!') }),
    [issue(['text'], 'notAReply')],
  ),
  invalid(
    'a reply with an answer of its own',
    (t) => ({
      clientId: t.clientId,
      text: alteredReply(t.reply, (body) => ({
        ...body,
        answers: body.answers.map((a) => ({ ...a, extra: 1 })),
      })),
    }),
    [issue(['text'], 'notAReply')],
  ),
  // A reply that reads, but was not made by this Calepin's page for this plan, or is about another client.
  invalid(
    'an answer changed on the way',
    (t) => ({
      clientId: t.clientId,
      text: alteredReply(t.reply, (body) => ({
        ...body,
        answers: body.answers.map((a) => ({ ...a, a: 'changes', c: 'Refusé' })),
      })),
    }),
    [issue(['text'], 'replyAltered')],
  ),
  invalid(
    'an answer added on the way',
    (t) => ({
      clientId: t.clientId,
      text: alteredReply(t.reply, (body) => ({
        ...body,
        answers: [...body.answers, { p: t.publishedPostId, a: 'approved', c: '' }],
      })),
    }),
    [issue(['text'], 'replyAltered')],
  ),
  invalid(
    'its plan made to name the other client',
    (t) => ({
      clientId: t.otherClientId,
      text: alteredReply(t.reply, (body) => ({
        ...body,
        plan: body.plan.replace(t.clientId, t.otherClientId),
      })),
    }),
    [issue(['text'], 'replyAltered')],
  ),
  invalid(
    'its signature removed',
    (t) => ({ clientId: t.clientId, text: alteredReply(t.reply, (body) => ({ ...body, sig: '' })) }),
    [issue(['text'], 'replyAltered')],
  ),
  invalid("opened in the other client's calendar", (t) => ({ clientId: t.otherClientId, text: t.reply }), [
    issue(['text'], 'replyOtherClient'),
  ]),
  invalid('opened for a client in the trash', (t) => ({ clientId: t.trashedClientId, text: t.reply }), [
    issue(['text'], 'replyOtherClient'),
  ]),
  invalid('opened for an unknown client', (t) => ({ clientId: MISSING_ID, text: t.reply }), [
    issue(['text'], 'replyOtherClient'),
  ]),
];

/** At least one malformed input per method; `satisfies` makes a forgotten method a compile error. */
export const BAD_INPUTS = {
  'app.info': [
    invalid('input is a string', () => 'all', [issue([], 'invalidType')]),
    invalid('unknown extra field', () => ({ verbose: true }), [issue(['verbose'], 'unknownField')]),
  ],
  'app.dataChecked': [
    invalid('input is a number', () => 1, [issue([], 'invalidType')]),
    invalid('unknown extra field', () => ({ wait: false }), [issue(['wait'], 'unknownField')]),
  ],
  'prefs.get': [
    invalid('input is an array', () => ['theme'], [issue([], 'invalidType')]),
    invalid('unknown extra field', () => ({ key: 'theme' }), [issue(['key'], 'unknownField')]),
  ],
  'prefs.set': [
    invalid('missing patch', () => undefined, [issue([], 'required')]),
    invalid('unknown theme', () => ({ theme: 'pink' }), [issue(['theme'], 'invalidChoice')]),
    invalid('unsupported language', () => ({ language: 'de' }), [issue(['language'], 'invalidChoice')]),
    invalid('theme is a number', () => ({ theme: 3 }), [issue(['theme'], 'invalidChoice')]),
    invalid('last client is not a uuid', () => ({ lastClientId: 'abc' }), [
      issue(['lastClientId'], 'invalidId'),
    ]),
    invalid('window too small', () => ({ windowBounds: { x: 0, y: 0, width: 10, height: 10 } }), [
      issue(['windowBounds', 'width'], 'tooSmall', { min: 400 }),
      issue(['windowBounds', 'height'], 'tooSmall', { min: 300 }),
    ]),
    invalid('unknown preference', () => ({ fontSize: 14 }), [issue(['fontSize'], 'unknownField')]),
  ],

  'clients.list': [
    invalid('includeArchived is a string', () => ({ includeArchived: 'yes' }), [
      issue(['includeArchived'], 'invalidType'),
    ]),
    invalid('input is a string', () => 'all', [issue([], 'invalidType')]),
    invalid('unknown extra field', () => ({ archived: true }), [issue(['archived'], 'unknownField')]),
  ],
  'clients.get': byIdCases('clientId', 'trashedClientId'),
  'clients.create': [
    invalid('empty input', () => ({}), [
      issue(['name'], 'required'),
      issue(['color'], 'required'),
      issue(['timeZone'], 'required'),
    ]),
    invalid('name over 80 characters', () => ({ ...validClient, name: LONG_NAME }), [
      issue(['name'], 'tooLong', { max: 80 }),
    ]),
    invalid('blank name', () => ({ ...validClient, name: '   ' }), [issue(['name'], 'required')]),
    invalid(
      'name with a right-to-left override (spoofing)',
      () => ({ ...validClient, name: 'Boulangerie \u202emoc.live' }),
      [issue(['name'], 'bidiControl')],
    ),
    invalid('name with a bidi isolate', () => ({ ...validClient, name: 'Yoga \u2067Studio\u2069' }), [
      issue(['name'], 'bidiControl'),
    ]),
    invalid('name with a lone surrogate', () => ({ ...validClient, name: 'Caf\ud83d' }), [
      issue(['name'], 'invalidText'),
    ]),
    invalid('notes with a lone low surrogate', () => ({ ...validClient, notes: '\udc00 notes' }), [
      issue(['notes'], 'invalidText'),
    ]),
    invalid('name is a number', () => ({ ...validClient, name: 42 }), [issue(['name'], 'invalidType')]),
    invalid('notes over 5000 characters', () => ({ ...validClient, notes: LONG_NOTES }), [
      issue(['notes'], 'tooLong', { max: 5000 }),
    ]),
    ...BAD_COLORS.map((color) =>
      invalid(`colour ${color}`, () => ({ ...validClient, color }), [issue(['color'], 'invalidColor')]),
    ),
    ...BAD_ZONES.map((timeZone) =>
      invalid(`time zone ${timeZone}`, () => ({ ...validClient, timeZone }), [
        issue(['timeZone'], 'invalidTimeZone'),
      ]),
    ),
    invalid('unknown extra field', () => ({ ...validClient, id: MISSING_ID }), [
      issue(['id'], 'unknownField'),
    ]),
    invalid('two unknown fields', () => ({ ...validClient, website: 'x', email: 'y' }), [
      issue(['website'], 'unknownField'),
      issue(['email'], 'unknownField'),
    ]),
  ],
  'clients.update': [
    invalid('missing id', () => ({ name: 'Atelier' }), [issue(['id'], 'required')]),
    invalid('name over 80 characters', (t) => ({ id: t.clientId, name: LONG_NAME }), [
      issue(['name'], 'tooLong', { max: 80 }),
    ]),
    invalid('empty name', (t) => ({ id: t.clientId, name: '' }), [issue(['name'], 'required')]),
    invalid('notes over 5000 characters', (t) => ({ id: t.clientId, notes: LONG_NOTES }), [
      issue(['notes'], 'tooLong', { max: 5000 }),
    ]),
    ...BAD_COLORS.map((color) =>
      invalid(`colour ${color}`, (t) => ({ id: t.clientId, color }), [issue(['color'], 'invalidColor')]),
    ),
    ...BAD_ZONES.map((timeZone) =>
      invalid(`time zone ${timeZone}`, (t) => ({ id: t.clientId, timeZone }), [
        issue(['timeZone'], 'invalidTimeZone'),
      ]),
    ),
    invalid('archiving through update', (t) => ({ id: t.clientId, archived: true }), [
      issue(['archived'], 'unknownField'),
    ]),
    notFound('unknown id', () => ({ id: MISSING_ID, name: 'Atelier' })),
    notFound('client in the trash', (t) => ({ id: t.trashedClientId, name: 'Atelier' })),
  ],
  'clients.archive': archiveCases('clientId', 'trashedClientId'),
  'clients.delete': byIdCases('clientId', 'trashedClientId'),

  'channels.list': [
    invalid('missing clientId', () => ({}), [issue(['clientId'], 'required')]),
    invalid('clientId is not a uuid', () => ({ clientId: 'martin' }), [issue(['clientId'], 'invalidId')]),
    invalid('includeArchived is a string', (t) => ({ clientId: t.clientId, includeArchived: 'no' }), [
      issue(['includeArchived'], 'invalidType'),
    ]),
    invalid('unknown extra field', (t) => ({ clientId: t.clientId, network: 'x' }), [
      issue(['network'], 'unknownField'),
    ]),
    notFound('unknown client', () => ({ clientId: MISSING_ID })),
    notFound('client in the trash', (t) => ({ clientId: t.trashedClientId })),
  ],
  'channels.create': [
    invalid('only a clientId', (t) => ({ clientId: t.clientId }), [
      issue(['network'], 'required'),
      issue(['handle'], 'required'),
    ]),
    invalid('unknown network', (t) => ({ ...validChannel(t), network: 'myspace' }), [
      issue(['network'], 'unknownNetwork'),
    ]),
    invalid('network with a capital', (t) => ({ ...validChannel(t), network: 'Instagram' }), [
      issue(['network'], 'unknownNetwork'),
    ]),
    invalid('unknown kind', (t) => ({ ...validChannel(t), kind: 'broadcast' }), [
      issue(['kind'], 'invalidChoice'),
    ]),
    invalid('handle over 100 characters', (t) => ({ ...validChannel(t), handle: LONG_HANDLE }), [
      issue(['handle'], 'tooLong', { max: 100 }),
    ]),
    invalid('blank handle', (t) => ({ ...validChannel(t), handle: ' ' }), [issue(['handle'], 'required')]),
    invalid(
      'handle with a right-to-left override',
      (t) => ({ ...validChannel(t), handle: '@\u202egnp.xyz' }),
      [issue(['handle'], 'bidiControl')],
    ),
    invalid('handle is a number', (t) => ({ ...validChannel(t), handle: 12 }), [
      issue(['handle'], 'invalidType'),
    ]),
    invalid('URL over 2048 characters', (t) => ({ ...validChannel(t), url: LONG_URL }), [
      issue(['url'], 'tooLong', { max: 2048 }),
    ]),
    ...BAD_URLS.map((url) =>
      invalid(`URL ${url}`, (t) => ({ ...validChannel(t), url }), [issue(['url'], 'invalidUrl')]),
    ),
    invalid('unknown extra field', (t) => ({ ...validChannel(t), followers: 10 }), [
      issue(['followers'], 'unknownField'),
    ]),
    notFound('unknown client', (t) => ({ ...validChannel(t), clientId: MISSING_ID })),
    notFound('client in the trash', (t) => ({ ...validChannel(t), clientId: t.trashedClientId })),
  ],
  'channels.update': [
    invalid('missing id', () => ({ handle: 'x' }), [issue(['id'], 'required')]),
    invalid('unknown network', (t) => ({ id: t.channelId, network: 'myspace' }), [
      issue(['network'], 'unknownNetwork'),
    ]),
    invalid('unknown kind', (t) => ({ id: t.channelId, kind: 'broadcast' }), [
      issue(['kind'], 'invalidChoice'),
    ]),
    invalid('handle over 100 characters', (t) => ({ id: t.channelId, handle: LONG_HANDLE }), [
      issue(['handle'], 'tooLong', { max: 100 }),
    ]),
    invalid('URL over 2048 characters', (t) => ({ id: t.channelId, url: LONG_URL }), [
      issue(['url'], 'tooLong', { max: 2048 }),
    ]),
    ...BAD_URLS.map((url) =>
      invalid(`URL ${url}`, (t) => ({ id: t.channelId, url }), [issue(['url'], 'invalidUrl')]),
    ),
    invalid('moving to another client', (t) => ({ id: t.channelId, clientId: t.clientId }), [
      issue(['clientId'], 'unknownField'),
    ]),
    notFound('unknown id', () => ({ id: MISSING_ID, handle: 'x' })),
    notFound('channel in the trash', (t) => ({ id: t.trashedChannelId, handle: 'x' })),
  ],
  'channels.archive': archiveCases('channelId', 'trashedChannelId'),
  'channels.delete': byIdCases('channelId', 'trashedChannelId'),

  'posts.list': [
    invalid('missing clientId', () => ({}), [issue(['clientId'], 'required')]),
    invalid('clientId is not a uuid', () => ({ clientId: 'martin' }), [issue(['clientId'], 'invalidId')]),
    ...BAD_DATES.map((from) =>
      invalid(`from ${JSON.stringify(from)}`, (t) => ({ clientId: t.clientId, from }), [
        issue(['from'], 'invalidDate'),
      ]),
    ),
    invalid('to 2026-02-30', (t) => ({ clientId: t.clientId, to: '2026-02-30' }), [
      issue(['to'], 'invalidDate'),
    ]),
    invalid('unknown status', (t) => ({ clientId: t.clientId, statuses: ['draft', 'lost'] }), [
      issue(['statuses', '1'], 'invalidChoice'),
    ]),
    invalid('unknown format', (t) => ({ clientId: t.clientId, formats: ['gif'] }), [
      issue(['formats', '0'], 'invalidChoice'),
    ]),
    invalid('channel id is not a uuid', (t) => ({ clientId: t.clientId, channelIds: ['ig'] }), [
      issue(['channelIds', '0'], 'invalidId'),
    ]),
    invalid('pillars is a string', (t) => ({ clientId: t.clientId, pillarIds: t.pillarId }), [
      issue(['pillarIds'], 'invalidType'),
    ]),
    invalid(
      'segment id is not a uuid',
      (t) => ({ clientId: t.clientId, segmentIds: [t.segmentId, 'jeunes'] }),
      [issue(['segmentIds', '1'], 'invalidId')],
    ),
    invalid('search over 200 characters', (t) => ({ clientId: t.clientId, search: 's'.repeat(201) }), [
      issue(['search'], 'tooLong', { max: 200 }),
    ]),
    invalid('limit 0', (t) => ({ clientId: t.clientId, limit: 0 }), [
      issue(['limit'], 'tooSmall', { min: 1 }),
    ]),
    invalid('limit 1.5', (t) => ({ clientId: t.clientId, limit: 1.5 }), [issue(['limit'], 'invalidType')]),
    invalid('limit over 5000', (t) => ({ clientId: t.clientId, limit: 5001 }), [
      issue(['limit'], 'tooBig', { max: 5000 }),
    ]),
    invalid('unknown extra field', (t) => ({ clientId: t.clientId, week: 48 }), [
      issue(['week'], 'unknownField'),
    ]),
    notFound('unknown client', () => ({ clientId: MISSING_ID })),
    notFound('client in the trash', (t) => ({ clientId: t.trashedClientId })),
  ],
  'posts.get': byIdCases('postId', 'trashedPostId'),
  'posts.create': [
    invalid('only a clientId', (t) => ({ clientId: t.clientId }), [
      issue(['channelId'], 'required'),
      issue(['date'], 'required'),
      issue(['time'], 'required'),
    ]),
    invalid('missing clientId', (t) => ({ ...validPost(t), clientId: undefined }), [
      issue(['clientId'], 'required'),
    ]),
    invalid('missing time', (t) => ({ ...validPost(t), time: undefined }), [issue(['time'], 'required')]),
    ...dateTimeCases(validPost),
    ...postFieldCases(validPost),
    invalid('an id chosen by the caller', (t) => ({ ...validPost(t), id: MISSING_ID }), [
      issue(['id'], 'unknownField'),
    ]),
    notFound('unknown client', (t) => ({ ...validPost(t), clientId: MISSING_ID })),
    notFound('client in the trash', (t) => ({ ...validPost(t), clientId: t.trashedClientId })),
  ],
  'posts.update': [
    invalid('missing id', () => ({ caption: 'x' }), [issue(['id'], 'required')]),
    invalid('id is not a uuid', () => ({ id: 'abc', caption: 'x' }), [issue(['id'], 'invalidId')]),
    ...dateTimeCases((t) => ({ id: t.postId })),
    ...postFieldCases((t) => ({ id: t.postId })),
    invalid('moving to another client', (t) => ({ id: t.postId, clientId: t.clientId }), [
      issue(['clientId'], 'unknownField'),
    ]),
    invalid('clearing the date', (t) => ({ id: t.postId, date: null }), [issue(['date'], 'invalidType')]),
    notFound('unknown id', () => ({ id: MISSING_ID, caption: 'x' })),
    notFound('post in the trash', (t) => ({ id: t.trashedPostId, caption: 'x' })),
  ],
  'posts.move': [
    ...idsCases({ date: '2026-12-01' }),
    ...dateTimeCases((t) => ({ ids: [t.postId] })),
    invalid('missing date', (t) => ({ ids: [t.postId], time: '10:00' }), [issue(['date'], 'required')]),
    invalid('unknown extra field', (t) => ({ ids: [t.postId], date: '2026-12-01', channelId: t.channelId }), [
      issue(['channelId'], 'unknownField'),
    ]),
  ],
  'posts.setStatus': [
    ...idsCases({ status: 'ready' }),
    invalid('missing status', (t) => ({ ids: [t.postId] }), [issue(['status'], 'required')]),
    invalid('unknown status', (t) => ({ ids: [t.postId], status: 'scheduled' }), [
      issue(['status'], 'invalidChoice'),
    ]),
    invalid('unknown extra field', (t) => ({ ids: [t.postId], status: 'ready', publishedAt: null }), [
      issue(['publishedAt'], 'unknownField'),
    ]),
  ],
  'posts.duplicate': [
    invalid('neither channels nor dates', (t) => ({ id: t.postId }), [issue(['channelIds'], 'required')]),
    invalid('empty channels and dates', (t) => ({ id: t.postId, channelIds: [], dates: [] }), [
      issue(['channelIds'], 'required'),
    ]),
    invalid('missing id', (t) => ({ channelIds: [t.channelId] }), [issue(['id'], 'required')]),
    invalid('channel id is not a uuid', (t) => ({ id: t.postId, channelIds: ['x'] }), [
      issue(['channelIds', '0'], 'invalidId'),
    ]),
    ...BAD_DATES.map((date) =>
      invalid(`date ${JSON.stringify(date)}`, (t) => ({ id: t.postId, dates: ['2026-12-01', date] }), [
        issue(['dates', '1'], 'invalidDate'),
      ]),
    ),
    invalid(
      'channel of another client',
      (t) => ({ id: t.postId, channelIds: [t.channelId, t.otherClientChannelId] }),
      otherClient('channelId'),
    ),
    notFound('unknown channel', (t) => ({ id: t.postId, channelIds: [MISSING_ID] })),
    notFound('channel in the trash', (t) => ({ id: t.postId, channelIds: [t.trashedChannelId] })),
    notFound('unknown post', (t) => ({ id: MISSING_ID, channelIds: [t.channelId] })),
    notFound('post in the trash', (t) => ({ id: t.trashedPostId, dates: ['2026-12-01'] })),
    invalid('unknown extra field', (t) => ({ id: t.postId, dates: ['2026-12-01'], status: 'idea' }), [
      issue(['status'], 'unknownField'),
    ]),
  ],
  'posts.copy': [
    ...idsCases({ days: 7 }),
    invalid('missing days', (t) => ({ ids: [t.postId] }), [issue(['days'], 'required')]),
    invalid('half a day', (t) => ({ ids: [t.postId], days: 0.5 }), [issue(['days'], 'invalidType')]),
    invalid('days as text', (t) => ({ ids: [t.postId], days: '7' }), [issue(['days'], 'invalidType')]),
    invalid('over ten years ahead', (t) => ({ ids: [t.postId], days: 3661 }), [
      issue(['days'], 'tooBig', { max: 3660 }),
    ]),
    invalid('over ten years back', (t) => ({ ids: [t.postId], days: -3661 }), [
      issue(['days'], 'tooSmall', { min: -3660 }),
    ]),
  ],
  'posts.delete': [
    ...idsCases({}),
    invalid('unknown extra field', (t) => ({ ids: [t.postId], forever: true }), [
      issue(['forever'], 'unknownField'),
    ]),
  ],
  'posts.campaigns': byClientCases,

  'pillars.list': byClientCases,
  'pillars.create': [
    invalid('only a clientId', (t) => ({ clientId: t.clientId }), [
      issue(['name'], 'required'),
      issue(['color'], 'required'),
    ]),
    invalid('blank name', (t) => ({ clientId: t.clientId, name: '  ', color: '#29A36A' }), [
      issue(['name'], 'required'),
    ]),
    invalid('name over 80 characters', (t) => ({ clientId: t.clientId, name: LONG_NAME, color: '#29A36A' }), [
      issue(['name'], 'tooLong', { max: 80 }),
    ]),
    ...BAD_COLORS.map((color) =>
      invalid(`colour ${color}`, (t) => ({ clientId: t.clientId, name: 'Recettes', color }), [
        issue(['color'], 'invalidColor'),
      ]),
    ),
    invalid(
      'unknown extra field',
      (t) => ({ clientId: t.clientId, name: 'Recettes', color: '#29A36A', icon: 'x' }),
      [issue(['icon'], 'unknownField')],
    ),
    notFound('unknown client', () => ({ clientId: MISSING_ID, name: 'Recettes', color: '#29A36A' })),
    notFound('client in the trash', (t) => ({
      clientId: t.trashedClientId,
      name: 'Recettes',
      color: '#29A36A',
    })),
  ],
  'pillars.update': [
    invalid('missing id', () => ({ name: 'Recettes' }), [issue(['id'], 'required')]),
    invalid('empty name', (t) => ({ id: t.pillarId, name: '' }), [issue(['name'], 'required')]),
    invalid('name over 80 characters', (t) => ({ id: t.pillarId, name: LONG_NAME }), [
      issue(['name'], 'tooLong', { max: 80 }),
    ]),
    ...BAD_COLORS.map((color) =>
      invalid(`colour ${color}`, (t) => ({ id: t.pillarId, color }), [issue(['color'], 'invalidColor')]),
    ),
    invalid('moving to another client', (t) => ({ id: t.pillarId, clientId: t.clientId }), [
      issue(['clientId'], 'unknownField'),
    ]),
    notFound('unknown id', () => ({ id: MISSING_ID, name: 'Recettes' })),
    notFound('pillar in the trash', (t) => ({ id: t.trashedPillarId, name: 'Recettes' })),
    notFound('a post id given as a pillar', (t) => ({ id: t.postId, name: 'Recettes' })),
  ],
  'pillars.delete': byIdCases('pillarId', 'trashedPillarId'),

  // What a file turns out to be (a PDF renamed .jpg, a truncated upload) is tested in attachments.test.ts.
  'attachments.begin': [
    invalid('empty file', (t) => ({ postId: t.postId, name: 'a.jpg', size: 0 }), [
      issue(['size'], 'tooSmall', { min: 1 }),
    ]),
    invalid('over 200 MB', (t) => ({ postId: t.postId, name: 'film.mp4', size: 200 * 1024 * 1024 + 1 }), [
      issue(['size'], 'mediaTooBig'),
    ]),
    invalid('no name', (t) => ({ postId: t.postId, name: ' ', size: 10 }), [issue(['name'], 'required')]),
    invalid(
      'a path for a name is still only a name, but not a number',
      (t) => ({ postId: t.postId, name: 7, size: 10 }),
      [issue(['name'], 'invalidType')],
    ),
    invalid(
      'a file path instead of bytes',
      (t) => ({ postId: t.postId, name: 'a.jpg', size: 10, path: '/etc/passwd' }),
      [issue(['path'], 'unknownField')],
    ),
    notFound('unknown post', () => ({ postId: MISSING_ID, name: 'a.jpg', size: 10 })),
    notFound('post in the trash', (t) => ({ postId: t.trashedPostId, name: 'a.jpg', size: 10 })),
  ],
  'attachments.chunk': [
    invalid('not base64', () => ({ uploadId: MISSING_ID, offset: 0, base64: '<script>' }), [
      issue(['base64'], 'invalid'),
    ]),
    invalid('negative offset', () => ({ uploadId: MISSING_ID, offset: -1, base64: 'AAAA' }), [
      issue(['offset'], 'tooSmall', { min: 0 }),
    ]),
    invalid('no bytes', () => ({ uploadId: MISSING_ID, offset: 0, base64: '' }), [
      issue(['base64'], 'required'),
    ]),
    notFound('no such upload', () => ({ uploadId: MISSING_ID, offset: 0, base64: 'AAAA' })),
  ],
  'attachments.finish': [
    invalid('thumbnail not base64', () => ({ uploadId: MISSING_ID, thumbnail: 'é' }), [
      issue(['thumbnail'], 'invalid'),
    ]),
    invalid('zero width', () => ({ uploadId: MISSING_ID, width: 0 }), [
      issue(['width'], 'tooSmall', { min: 1 }),
    ]),
    notFound('no such upload', () => ({ uploadId: MISSING_ID })),
  ],
  'attachments.cancel': [
    invalid('missing upload id', () => ({}), [issue(['uploadId'], 'required')]),
    invalid('upload id not a uuid', () => ({ uploadId: '../../etc' }), [issue(['uploadId'], 'invalidId')]),
  ],
  'attachments.remove': [
    invalid('id not a uuid', () => ({ id: 'abc' }), [issue(['id'], 'invalidId')]),
    notFound('unknown attachment', () => ({ id: MISSING_ID })),
    notFound('a post id given as an attachment', (t) => ({ id: t.postId })),
  ],

  'segments.list': byClientCases,
  'segments.create': [
    invalid('only a clientId', (t) => ({ clientId: t.clientId }), [issue(['name'], 'required')]),
    invalid('blank name', (t) => ({ ...validSegment(t), name: '  ' }), [issue(['name'], 'required')]),
    invalid('name with the CSV separator', (t) => ({ ...validSegment(t), name: 'Parents | jeunes' }), [
      issue(['name'], 'segmentPipe'),
    ]),
    invalid(
      'name with a left-to-right embedding',
      (t) => ({ ...validSegment(t), name: '\u202aJeunes parents' }),
      [issue(['name'], 'bidiControl')],
    ),
    ...segmentFieldCases(validSegment),
    invalid('an id chosen by the caller', (t) => ({ ...validSegment(t), id: MISSING_ID }), [
      issue(['id'], 'unknownField'),
    ]),
    notFound('unknown client', (t) => ({ ...validSegment(t), clientId: MISSING_ID })),
    notFound('client in the trash', (t) => ({ ...validSegment(t), clientId: t.trashedClientId })),
  ],
  'segments.update': [
    invalid('missing id', () => ({ name: 'Jeunes parents' }), [issue(['id'], 'required')]),
    invalid('empty name', (t) => ({ id: t.segmentId, name: '' }), [issue(['name'], 'required')]),
    ...segmentFieldCases((t) => ({ id: t.segmentId })),
    invalid('moving to another client', (t) => ({ id: t.segmentId, clientId: t.clientId }), [
      issue(['clientId'], 'unknownField'),
    ]),
    notFound('unknown id', () => ({ id: MISSING_ID, name: 'Jeunes parents' })),
    notFound('segment in the trash', (t) => ({ id: t.trashedSegmentId, name: 'Jeunes parents' })),
    notFound('a post id given as a segment', (t) => ({ id: t.postId, name: 'Jeunes parents' })),
  ],
  'segments.delete': byIdCases('segmentId', 'trashedSegmentId'),
  'segments.tags': byClientCases,

  'metrics.grid': [
    ...periodCases(GRID_DAYS_MAX, 'gridTooLong'),
    invalid('on 2026-02-30', (t) => ({ ...validRange(t), on: '2026-02-30' }), [issue(['on'], 'invalidDate')]),
    invalid('a channel id is not a uuid', (t) => ({ ...validRange(t), channelIds: ['instagram'] }), [
      issue(['channelIds', '0'], 'invalidId'),
    ]),
    invalid('unknown extra field', (t) => ({ ...validRange(t), metrics: ['reach'] }), [
      issue(['metrics'], 'unknownField'),
    ]),
  ],
  'metrics.save': [
    invalid('a negative count', (t) => save(cell(t.publishedPostId, 'reach', -5)), [
      issue(['cells', '0', 'value'], 'negative'),
    ]),
    invalid('a count as text', (t) => save(cell(t.publishedPostId, 'reach', '1 234')), [
      issue(['cells', '0', 'value'], 'notANumber'),
    ]),
    invalid('a count that is not a number', (t) => save(cell(t.publishedPostId, 'reach', Number.NaN)), [
      issue(['cells', '0', 'value'], 'notANumber'),
    ]),
    invalid('a count with a fraction', (t) => save(cell(t.publishedPostId, 'comments', 2.5)), [
      issue(['cells', '0', 'value'], 'notInteger'),
    ]),
    invalid('a count over a trillion', (t) => save(cell(t.publishedPostId, 'impressions', COUNT_MAX + 1)), [
      issue(['cells', '0', 'value'], 'tooBig', { max: COUNT_MAX }),
    ]),
    invalid('spend over ten million', (t) => save(cell(t.paidPostId, 'spend', SPEND_MAX_CENTS + 1)), [
      issue(['cells', '0', 'value'], 'tooBig', { max: SPEND_MAX_CENTS }),
    ]),
    invalid('spend in euros with cents', (t) => save(cell(t.paidPostId, 'spend', 12.5)), [
      issue(['cells', '0', 'value'], 'notInteger'),
    ]),
    invalid('an unknown metric', (t) => save(cell(t.publishedPostId, 'likes', 3)), [
      issue(['cells', '0', 'metric'], 'invalidChoice'),
    ]),
    invalid('a cell without a value', (t) => save({ postId: t.publishedPostId, metric: 'reach' }), [
      issue(['cells', '0', 'value'], 'required'),
    ]),
    invalid('a cell with an extra field', (t) => save({ ...cell(t.publishedPostId), row: 3 }), [
      issue(['cells', '0', 'row'], 'unknownField'),
    ]),
    invalid('no cells', () => save(), [issue(['cells'], 'tooSmall', { min: 1 })]),
    invalid(
      `over ${CELLS_MAX} cells`,
      (t) => ({ on: TODAY, cells: Array.from({ length: CELLS_MAX + 1 }, () => cell(t.publishedPostId)) }),
      [issue(['cells'], 'tooBig', { max: CELLS_MAX })],
    ),
    invalid('missing date', (t) => ({ cells: [cell(t.publishedPostId)] }), [issue(['on'], 'required')]),
    invalid('date 2026-02-30', (t) => ({ on: '2026-02-30', cells: [cell(t.publishedPostId)] }), [
      issue(['on'], 'invalidDate'),
    ]),
    // The checks against the stored posts: a clear reason per cell, and the batch is refused whole.
    invalid(
      'dated the day before the post went out',
      (t) => ({ on: addDays(PUBLISHED_ON, -1), cells: [cell(t.publishedPostId)] }),
      [issue(['cells', '0', 'value'], 'beforePublished', { date: PUBLISHED_ON })],
    ),
    invalid('dated tomorrow', (t) => ({ on: addDays(TODAY, 1), cells: [cell(t.publishedPostId)] }), [
      issue(['cells', '0', 'value'], 'futureDate', { date: TODAY }),
    ]),
    invalid('a post not published yet', (t) => save(cell(t.postId, 'reach', 10)), [
      issue(['cells', '0', 'value'], 'notPublished'),
    ]),
    invalid('a story metric on a feed post', (t) => save(cell(t.publishedPostId, 'storyExits', 4)), [
      issue(['cells', '0', 'value'], 'notApplicable'),
    ]),
    invalid('spend on an unpaid post', (t) => save(cell(t.publishedPostId, 'spend', 1500)), [
      issue(['cells', '0', 'value'], 'notApplicable'),
    ]),
    invalid('clearing spend on an unpaid post', (t) => save(cell(t.publishedPostId, 'spend', null)), [
      issue(['cells', '0', 'value'], 'notApplicable'),
    ]),
    invalid(
      'a paste where one cell of four is on a draft',
      (t) =>
        save(
          cell(t.publishedPostId, 'reach', 800),
          cell(t.storyPostId, 'storyExits', 12),
          cell(t.postId, 'reach', 10),
          cell(t.paidPostId, 'spend', 2500),
        ),
      [issue(['cells', '2', 'value'], 'notPublished')],
    ),
    invalid(
      'a paste where one cell of three is negative',
      (t) =>
        save(
          cell(t.publishedPostId, 'reach', 800),
          cell(t.storyPostId, 'impressions', 90),
          cell(t.paidPostId, 'linkClicks', -1),
        ),
      [issue(['cells', '2', 'value'], 'negative')],
    ),
    invalid(
      'a paste with two refused cells',
      (t) => save(cell(t.storyPostId, 'spend', 100), cell(t.publishedPostId), cell(t.postId, 'comments', 2)),
      [issue(['cells', '0', 'value'], 'notApplicable'), issue(['cells', '2', 'value'], 'notPublished')],
    ),
    invalid('an unknown post', (t) => save(cell(t.publishedPostId), cell(MISSING_ID)), [
      issue(['cells', '1', 'postId'], 'invalidId'),
    ]),
    invalid('a post in the trash', (t) => save(cell(t.trashedPostId)), [
      issue(['cells', '0', 'postId'], 'invalidId'),
    ]),
    invalid('a channel id given as a post', (t) => save(cell(t.channelId)), [
      issue(['cells', '0', 'postId'], 'invalidId'),
    ]),
    invalid('a post id that is not a uuid', () => save(cell('post-1')), [
      issue(['cells', '0', 'postId'], 'invalidId'),
    ]),
  ],
  'metrics.history': [
    invalid('missing postId', () => ({}), [issue(['postId'], 'required')]),
    invalid('postId is not a uuid', () => ({ postId: 'abc' }), [issue(['postId'], 'invalidId')]),
    invalid('unknown extra field', (t) => ({ postId: t.publishedPostId, on: TODAY }), [
      issue(['on'], 'unknownField'),
    ]),
    notFound('unknown post', () => ({ postId: MISSING_ID })),
    notFound('post in the trash', (t) => ({ postId: t.trashedPostId })),
  ],

  'followers.latest': [
    invalid('missing date', (t) => ({ clientId: t.clientId }), [issue(['on'], 'required')]),
    invalid('date 2026-02-30', (t) => ({ clientId: t.clientId, on: '2026-02-30' }), [
      issue(['on'], 'invalidDate'),
    ]),
    invalid('clientId is not a uuid', () => ({ clientId: 'martin', on: TODAY }), [
      issue(['clientId'], 'invalidId'),
    ]),
    invalid('unknown extra field', (t) => ({ clientId: t.clientId, on: TODAY, channelId: t.channelId }), [
      issue(['channelId'], 'unknownField'),
    ]),
    notFound('unknown client', () => ({ clientId: MISSING_ID, on: TODAY })),
    notFound('client in the trash', (t) => ({ clientId: t.trashedClientId, on: TODAY })),
  ],
  'followers.list': [
    invalid('missing range', (t) => ({ clientId: t.clientId }), [
      issue(['from'], 'required'),
      issue(['to'], 'required'),
    ]),
    invalid('to 2026-13-01', (t) => ({ ...validRange(t), to: '2026-13-01' }), [issue(['to'], 'invalidDate')]),
    invalid('unknown extra field', (t) => ({ ...validRange(t), channelIds: [t.channelId] }), [
      issue(['channelIds'], 'unknownField'),
    ]),
    notFound('unknown client', (t) => ({ ...validRange(t), clientId: MISSING_ID })),
    notFound('client in the trash', (t) => ({ ...validRange(t), clientId: t.trashedClientId })),
    invalid('to before from', (t) => ({ clientId: t.clientId, from: '2026-12-07', to: '2026-11-30' }), [
      issue(['to'], 'rangeEmpty'),
    ]),
    invalid('over five years', (t) => ({ clientId: t.clientId, from: '2020-01-01', to: '2026-01-01' }), [
      issue(['to'], 'rangeTooLong'),
    ]),
  ],
  'followers.save': [
    invalid(
      'one channel twice',
      (t) => counts(t, { channelId: t.channelId, followers: 10 }, { channelId: t.channelId, followers: 12 }),
      [issue(['entries', '1', 'channelId'], 'duplicateChannel')],
    ),
    invalid('a negative count', (t) => counts(t, { channelId: t.channelId, followers: -1 }), [
      issue(['entries', '0', 'followers'], 'negative'),
    ]),
    invalid('a count with a fraction', (t) => counts(t, { channelId: t.channelId, followers: 1200.5 }), [
      issue(['entries', '0', 'followers'], 'notInteger'),
    ]),
    invalid('a count as text', (t) => counts(t, { channelId: t.channelId, followers: '1 200' }), [
      issue(['entries', '0', 'followers'], 'notANumber'),
    ]),
    invalid(
      'negative profile visits',
      (t) => counts(t, { channelId: t.channelId, followers: 10, profileVisits: -3 }),
      [issue(['entries', '0', 'profileVisits'], 'negative')],
    ),
    invalid('a count missing', (t) => counts(t, { channelId: t.channelId }), [
      issue(['entries', '0', 'followers'], 'required'),
    ]),
    invalid('no entries', (t) => counts(t), [issue(['entries'], 'tooSmall', { min: 1 })]),
    invalid(
      'over 200 entries',
      (t) => counts(t, ...Array.from({ length: 201 }, () => ({ channelId: t.channelId, followers: 1 }))),
      [issue(['entries'], 'tooBig', { max: 200 })],
    ),
    invalid(
      'dated tomorrow',
      (t) => ({ ...counts(t, { channelId: t.channelId, followers: 1300 }), on: addDays(TODAY, 1) }),
      [issue(['on'], 'futureDate', { date: TODAY })],
    ),
    invalid(
      'date 2026-02-30',
      (t) => ({ ...counts(t, { channelId: t.channelId, followers: 1300 }), on: '2026-02-30' }),
      [issue(['on'], 'invalidDate')],
    ),
    invalid(
      "another client's channel after one of its own",
      (t) =>
        counts(
          t,
          { channelId: t.channelId, followers: 1300 },
          { channelId: t.otherClientChannelId, followers: 80 },
        ),
      [issue(['entries', '1', 'channelId'], 'otherClient')],
    ),
    invalid(
      'an unknown channel and a channel in the trash',
      (t) =>
        counts(
          t,
          { channelId: MISSING_ID, followers: 5 },
          { channelId: t.channelId, followers: 1300 },
          { channelId: t.trashedChannelId, followers: 7 },
        ),
      [issue(['entries', '0', 'channelId'], 'invalidId'), issue(['entries', '2', 'channelId'], 'invalidId')],
    ),
    notFound('unknown client', (t) => ({
      ...counts(t, { channelId: t.channelId, followers: 1 }),
      clientId: MISSING_ID,
    })),
    notFound('client in the trash', (t) => ({
      ...counts(t, { channelId: t.channelId, followers: 1 }),
      clientId: t.trashedClientId,
    })),
  ],

  'objectives.list': byClientCases,
  'objectives.create': [
    invalid('only a clientId', (t) => ({ clientId: t.clientId }), [
      issue(['title'], 'required'),
      issue(['kpi'], 'required'),
      issue(['baseline'], 'required'),
      issue(['target'], 'required'),
      issue(['goal'], 'required'),
      issue(['startOn'], 'required'),
      issue(['deadline'], 'required'),
    ]),
    invalid('a deadline before the start', (t) => ({ ...validObjective(t), deadline: '2026-11-30' }), [
      issue(['deadline'], 'deadlineBeforeStart'),
    ]),
    invalid('a deadline on the start day', (t) => ({ ...validObjective(t), deadline: '2026-12-01' }), [
      issue(['deadline'], 'deadlineBeforeStart'),
    ]),
    invalid('a target equal to the baseline', (t) => ({ ...validObjective(t), target: 1000 }), [
      issue(['target'], 'targetIsBaseline'),
    ]),
    invalid('both at once', (t) => ({ ...validObjective(t), target: 1000, deadline: '2026-01-01' }), [
      issue(['deadline'], 'deadlineBeforeStart'),
      issue(['target'], 'targetIsBaseline'),
    ]),
    invalid('a follower count with a fraction', (t) => ({ ...validObjective(t), target: 1500.5 }), [
      issue(['target'], 'notInteger'),
    ]),
    invalid('a negative follower count', (t) => ({ ...validObjective(t), baseline: -5 }), [
      issue(['baseline'], 'negative'),
    ]),
    invalid(
      'half a cent of spend',
      (t) => ({ ...validObjective(t), kpi: 'spend', baseline: 0, target: 1050.5 }),
      [issue(['target'], 'notInteger')],
    ),
    invalid(
      'a negative engagement rate',
      (t) => ({ ...validObjective(t), kpi: 'engagementRateReach', baseline: -1, target: 4.5 }),
      [issue(['baseline'], 'negative')],
    ),
    invalid(
      'a fall of more than 100 % in audience',
      (t) => ({ ...validObjective(t), kpi: 'audienceGrowth', baseline: 2, target: -150 }),
      [issue(['target'], 'negative')],
    ),
    invalid('an objective over five years', (t) => ({ ...validObjective(t), deadline: '2032-12-31' }), [
      issue(['deadline'], 'objectiveTooLong'),
    ]),
    invalid('an unknown KPI', (t) => ({ ...validObjective(t), kpi: 'likes' }), [
      issue(['kpi'], 'invalidChoice'),
    ]),
    invalid('an unknown goal', (t) => ({ ...validObjective(t), goal: 'fame' }), [
      issue(['goal'], 'invalidChoice'),
    ]),
    invalid('a baseline as text', (t) => ({ ...validObjective(t), baseline: '1 000' }), [
      issue(['baseline'], 'notANumber'),
    ]),
    invalid('a target beyond a trillion', (t) => ({ ...validObjective(t), target: 1e13 }), [
      issue(['target'], 'tooBig', { max: 1e12 }),
    ]),
    invalid('a blank title', (t) => ({ ...validObjective(t), title: ' ' }), [issue(['title'], 'required')]),
    invalid('start 2026-02-30', (t) => ({ ...validObjective(t), startOn: '2026-02-30' }), [
      issue(['startOn'], 'invalidDate'),
    ]),
    invalid('why over 5000 characters', (t) => ({ ...validObjective(t), why: LONG_NOTES }), [
      issue(['why'], 'tooLong', { max: 5000 }),
    ]),
    invalid('channel is not a uuid', (t) => ({ ...validObjective(t), channelId: 'instagram' }), [
      issue(['channelId'], 'invalidId'),
    ]),
    invalid(
      'channel of another client',
      (t) => ({ ...validObjective(t), channelId: t.otherClientChannelId }),
      otherClient('channelId'),
    ),
    notFound('channel in the trash', (t) => ({ ...validObjective(t), channelId: t.trashedChannelId })),
    notFound('unknown client', (t) => ({ ...validObjective(t), clientId: MISSING_ID })),
    notFound('client in the trash', (t) => ({ ...validObjective(t), clientId: t.trashedClientId })),
  ],
  'objectives.update': [
    invalid('missing id', () => ({ title: 'x' }), [issue(['id'], 'required')]),
    // The seeded objective runs from 2026-11-01 to 2027-01-31, from 1000 to 1500 followers.
    invalid('a deadline before the stored start', (t) => ({ id: t.objectiveId, deadline: '2026-10-31' }), [
      issue(['deadline'], 'deadlineBeforeStart'),
    ]),
    invalid('a start after the stored deadline', (t) => ({ id: t.objectiveId, startOn: '2027-02-01' }), [
      issue(['deadline'], 'deadlineBeforeStart'),
    ]),
    invalid('a target equal to the stored baseline', (t) => ({ id: t.objectiveId, target: 1000 }), [
      issue(['target'], 'targetIsBaseline'),
    ]),
    invalid('a baseline equal to the stored target', (t) => ({ id: t.objectiveId, baseline: 1500 }), [
      issue(['target'], 'targetIsBaseline'),
    ]),
    invalid('an unknown KPI', (t) => ({ id: t.objectiveId, kpi: 'likes' }), [
      issue(['kpi'], 'invalidChoice'),
    ]),
    invalid('a deadline 2027-02-29', (t) => ({ id: t.objectiveId, deadline: '2027-02-29' }), [
      issue(['deadline'], 'invalidDate'),
    ]),
    invalid('moving to another client', (t) => ({ id: t.objectiveId, clientId: t.clientId }), [
      issue(['clientId'], 'unknownField'),
    ]),
    invalid(
      'channel of another client',
      (t) => ({ id: t.objectiveId, channelId: t.otherClientChannelId }),
      otherClient('channelId'),
    ),
    notFound('channel in the trash', (t) => ({ id: t.objectiveId, channelId: t.trashedChannelId })),
    notFound('unknown id', () => ({ id: MISSING_ID, title: 'x' })),
    notFound('objective in the trash', (t) => ({ id: t.trashedObjectiveId, title: 'x' })),
    notFound('a segment id given as an objective', (t) => ({ id: t.segmentId, title: 'x' })),
  ],
  'objectives.delete': byIdCases('objectiveId', 'trashedObjectiveId'),

  'kpis.dashboard': [
    ...periodCases(DASHBOARD_DAYS_MAX, 'dashboardTooLong'),
    invalid('a previous period decades long', (t) => ({ ...validRange(t), previousFrom: '1970-01-01' }), [
      issue(['previousFrom'], 'dashboardTooLong'),
    ]),
    invalid(
      'a previous period starting on the period',
      (t) => ({ ...validRange(t), previousFrom: '2026-11-30' }),
      [issue(['previousFrom'], 'rangeEmpty')],
    ),
    invalid(
      'a previous period starting after it',
      (t) => ({ ...validRange(t), previousFrom: '2026-12-01' }),
      [issue(['previousFrom'], 'rangeEmpty')],
    ),
    invalid('an unknown basis', (t) => ({ ...validRange(t), basis: 'clicks' }), [
      issue(['basis'], 'invalidChoice'),
    ]),
    invalid('unknown extra field', (t) => ({ ...validRange(t), channelIds: [t.channelId] }), [
      issue(['channelIds'], 'unknownField'),
    ]),
  ],

  'audits.list': byClientCases,
  'audits.get': [
    ...byIdCases('auditId', 'trashedAuditId'),
    notFound('an action id given as an audit', (t) => ({ id: t.actionId })),
    notFound('an idea id given as an audit', (t) => ({ id: t.ideaId })),
  ],
  'audits.create': [
    ...periodCases(DASHBOARD_DAYS_MAX, 'dashboardTooLong'),
    invalid('only a clientId', (t) => ({ clientId: t.clientId }), [
      issue(['from'], 'required'),
      issue(['to'], 'required'),
    ]),
    invalid('title with a right-to-left override', (t) => ({ ...validRange(t), title: 'Automne \u202e' }), [
      issue(['title'], 'bidiControl'),
    ]),
    invalid('title over 80 characters', (t) => ({ ...validRange(t), title: LONG_NAME }), [
      issue(['title'], 'tooLong', { max: 80 }),
    ]),
    invalid('title as a number', (t) => ({ ...validRange(t), title: 2026 }), [
      issue(['title'], 'invalidType'),
    ]),
    invalid('an unknown basis', (t) => ({ ...validRange(t), basis: 'clicks' }), [
      issue(['basis'], 'invalidChoice'),
    ]),
    invalid('answers at creation', (t) => ({ ...validRange(t), answers: [{ question: 1, score: 3 }] }), [
      issue(['answers'], 'unknownField'),
    ]),
  ],
  'audits.update': [
    ...updateIdCases('an audit', 'trashedAuditId', 'actionId', { title: 'Bilan' }),
    // The score a question gets: a whole number from 1 to 5, or null.
    ...OUT_OF_RANGE_SCORES.map((score) =>
      invalid(`a score of ${JSON.stringify(score)}`, (t) => answers(t, { question: 1, score }), [
        issue(['answers', '0', 'score'], 'scoreOutOfRange'),
      ]),
    ),
    invalid(
      'a score of 7 after a good one',
      (t) => answers(t, { question: 1, score: 5 }, { question: 4, score: 7, notes: 'Le jeudi soir' }),
      [issue(['answers', '1', 'score'], 'scoreOutOfRange')],
    ),
    ...[0, 7].map((question) =>
      invalid(`question ${question}`, (t) => answers(t, { question, score: 3 }), [
        issue(['answers', '0', 'question'], 'invalidChoice'),
      ]),
    ),
    invalid('question "2"', (t) => answers(t, { question: '2', score: 3 }), [
      issue(['answers', '0', 'question'], 'invalidType'),
    ]),
    invalid('an answer without its question', (t) => answers(t, { score: 3 }), [
      issue(['answers', '0', 'question'], 'required'),
    ]),
    invalid(
      'a question answered twice',
      (t) => answers(t, { question: 2, score: 3 }, { question: 5, notes: '' }, { question: 2, score: 4 }),
      [issue(['answers', '2', 'question'], 'duplicateQuestion')],
    ),
    invalid('notes over 5000 characters', (t) => answers(t, { question: 3, notes: LONG_NOTES }), [
      issue(['answers', '0', 'notes'], 'tooLong', { max: 5000 }),
    ]),
    invalid('an answer with an extra field', (t) => answers(t, { question: 3, score: 2, figures: {} }), [
      issue(['answers', '0', 'figures'], 'unknownField'),
    ]),
    invalid('answers as an object', (t) => ({ id: t.auditId, answers: { 1: { score: 3 } } }), [
      issue(['answers'], 'invalidType'),
    ]),
    // The actions: the whole list, kept ones by id.
    invalid('a blank action', (t) => actions(t, { text: 'Plus de reels' }, { text: '  ' }), [
      issue(['actions', '1', 'text'], 'required'),
    ]),
    invalid(
      `an action over ${ACTION_MAX} characters`,
      (t) => actions(t, { text: 'a'.repeat(ACTION_MAX + 1) }),
      [issue(['actions', '0', 'text'], 'tooLong', { max: ACTION_MAX })],
    ),
    invalid(
      `over ${ACTIONS_MAX} actions`,
      (t) => actions(t, ...Array.from({ length: ACTIONS_MAX + 1 }, (_, i) => ({ text: `Action ${i}` }))),
      [issue(['actions'], 'tooBig', { max: ACTIONS_MAX })],
    ),
    invalid('an action answering question 7', (t) => actions(t, { text: 'Reels', question: 7 }), [
      issue(['actions', '0', 'question'], 'invalidChoice'),
    ]),
    invalid('an action id that is not a uuid', (t) => actions(t, { id: 'a1', text: 'Reels' }), [
      issue(['actions', '0', 'id'], 'invalidId'),
    ]),
    invalid(
      'an action saying what it became',
      (t) => actions(t, { id: t.actionId, text: 'Reels', became: { kind: 'post', id: t.postId } }),
      [issue(['actions', '0', 'became'], 'unknownField')],
    ),
    // The checks against the stored actions: an id names one of this audit's, once.
    invalid(
      "an action of the other client's audit",
      (t) => actions(t, { id: t.actionId, text: 'Reels' }, { id: t.otherClientActionId, text: 'Volée' }),
      [issue(['actions', '1', 'id'], 'invalidId')],
    ),
    invalid(
      'an action of the audit in the trash',
      (t) => actions(t, { id: t.trashedActionId, text: 'Oubliée' }),
      [issue(['actions', '0', 'id'], 'invalidId')],
    ),
    invalid(
      'an unknown action',
      (t) => actions(t, { text: 'Nouvelle' }, { id: MISSING_ID, text: 'Perdue' }),
      [issue(['actions', '1', 'id'], 'invalidId')],
    ),
    invalid(
      'one action listed twice',
      (t) => actions(t, { id: t.actionId, text: 'Reels' }, { id: t.actionId, text: 'Reels encore' }),
      [issue(['actions', '1', 'id'], 'invalidId')],
    ),
    invalid(
      'answers and a title with an action of another audit: none of it is saved',
      (t) => ({
        ...answers(t, { question: 1, score: 5, notes: 'Changé' }),
        title: 'Changé',
        finished: true,
        actions: [{ text: 'Nouvelle' }, { id: t.otherClientActionId, text: 'Volée' }],
      }),
      [issue(['actions', '1', 'id'], 'invalidId')],
    ),
    // The period, given whole or against the stored one (2026-11-01 to 2026-11-26).
    invalid('to before from', (t) => ({ id: t.auditId, from: '2026-12-07', to: '2026-11-30' }), [
      issue(['to'], 'rangeEmpty'),
    ]),
    invalid(
      `a period over ${DASHBOARD_DAYS_MAX} days`,
      (t) => ({ id: t.auditId, from: '2024-01-01', to: addDays('2024-01-01', DASHBOARD_DAYS_MAX + 1) }),
      [issue(['to'], 'dashboardTooLong')],
    ),
    invalid('an end before the stored start', (t) => ({ id: t.auditId, to: '2026-10-15' }), [
      issue(['to'], 'rangeEmpty'),
    ]),
    invalid('a start after the stored end', (t) => ({ id: t.auditId, from: '2026-12-01' }), [
      issue(['from'], 'rangeEmpty'),
    ]),
    invalid('an end that makes the period over two years', (t) => ({ id: t.auditId, to: '2029-01-01' }), [
      issue(['to'], 'dashboardTooLong'),
    ]),
    invalid('a start that makes the period over two years', (t) => ({ id: t.auditId, from: '2020-01-01' }), [
      issue(['from'], 'dashboardTooLong'),
    ]),
    invalid('from 2026-02-30', (t) => ({ id: t.auditId, from: '2026-02-30' }), [
      issue(['from'], 'invalidDate'),
    ]),
    invalid('finished as text', (t) => ({ id: t.auditId, finished: 'yes' }), [
      issue(['finished'], 'invalidType'),
    ]),
    invalid('an unknown basis', (t) => ({ id: t.auditId, basis: 'clicks' }), [
      issue(['basis'], 'invalidChoice'),
    ]),
    invalid('title over 80 characters', (t) => ({ id: t.auditId, title: LONG_NAME }), [
      issue(['title'], 'tooLong', { max: 80 }),
    ]),
    invalid('moving to another client', (t) => ({ id: t.auditId, clientId: t.clientId }), [
      issue(['clientId'], 'unknownField'),
    ]),
  ],
  'audits.delete': [
    ...byIdCases('auditId', 'trashedAuditId'),
    notFound('an action id given as an audit', (t) => ({ id: t.actionId })),
  ],
  'audits.act': [
    invalid('missing action id', (t) => ({ ...actPillar(t), actionId: undefined }), [
      issue(['actionId'], 'required'),
    ]),
    invalid('action id is not a uuid', (t) => ({ ...actPillar(t), actionId: 'action-1' }), [
      issue(['actionId'], 'invalidId'),
    ]),
    invalid('made into nothing', (t) => ({ actionId: t.actionId }), [issue(['as'], 'invalidChoice')]),
    invalid('made into a story', (t) => act(t, 'story', { text: 'x' }), [issue(['as'], 'invalidChoice')]),
    invalid('a pillar with a post', (t) => ({ ...actPillar(t), post: actPost(t).post }), [
      issue(['post'], 'unknownField'),
    ]),
    invalid('a post without its post', (t) => ({ actionId: t.actionId, as: 'post' }), [
      issue(['post'], 'required'),
    ]),
    // An objective: its own checks, under `objective`.
    invalid('an objective ending before it starts', (t) => actObjective(t, { deadline: '2026-11-30' }), [
      issue(['objective', 'deadline'], 'deadlineBeforeStart'),
    ]),
    invalid('an objective whose target is its baseline', (t) => actObjective(t, { target: 1000 }), [
      issue(['objective', 'target'], 'targetIsBaseline'),
    ]),
    invalid('an objective on an unknown KPI', (t) => actObjective(t, { kpi: 'likes' }), [
      issue(['objective', 'kpi'], 'invalidChoice'),
    ]),
    invalid('an objective naming its client', (t) => actObjective(t, { clientId: t.clientId }), [
      issue(['objective', 'clientId'], 'unknownField'),
    ]),
    invalid(
      "an objective on another client's channel",
      (t) => actObjective(t, { channelId: t.otherClientChannelId }),
      [issue(['objective', 'channelId'], 'otherClient')],
    ),
    notFound('an objective on a channel in the trash', (t) =>
      actObjective(t, { channelId: t.trashedChannelId }),
    ),
    // A pillar.
    invalid('a pillar without a name', (t) => actPillar(t, { name: ' ' }), [
      issue(['pillar', 'name'], 'required'),
    ]),
    invalid('a pillar coloured red', (t) => actPillar(t, { color: 'red' }), [
      issue(['pillar', 'color'], 'invalidColor'),
    ]),
    invalid('a pillar naming its client', (t) => actPillar(t, { clientId: t.clientId }), [
      issue(['pillar', 'clientId'], 'unknownField'),
    ]),
    // A draft post: always the audit's client's.
    invalid("a post on another client's channel", (t) => actPost(t, { channelId: t.otherClientChannelId }), [
      issue(['post', 'channelId'], 'otherClient'),
    ]),
    invalid("a post in another client's pillar", (t) => actPost(t, { pillarId: t.otherClientPillarId }), [
      issue(['post', 'pillarId'], 'otherClient'),
    ]),
    invalid(
      "a post for another client's segment",
      (t) => actPost(t, { segmentIds: [t.segmentId, t.otherClientSegmentId] }),
      [issue(['post', 'segmentIds', '1'], 'otherClient')],
    ),
    invalid(
      "the other client's action made into a post on this client's channel",
      (t) => actPost(t, {}, t.otherClientActionId),
      [issue(['post', 'channelId'], 'otherClient')],
    ),
    invalid(
      "the other client's action made into an objective on this client's channel",
      (t) => actObjective(t, { channelId: t.channelId }, t.otherClientActionId),
      [issue(['objective', 'channelId'], 'otherClient')],
    ),
    invalid('a post with a status', (t) => actPost(t, { status: 'published' }), [
      issue(['post', 'status'], 'unknownField'),
    ]),
    invalid('a post naming its client', (t) => actPost(t, { clientId: t.clientId }), [
      issue(['post', 'clientId'], 'unknownField'),
    ]),
    invalid('a post on 2026-02-30', (t) => actPost(t, { date: '2026-02-30' }), [
      issue(['post', 'date'], 'invalidDate'),
    ]),
    invalid('a post at 25:00', (t) => actPost(t, { time: '25:00' }), [
      issue(['post', 'time'], 'invalidTime'),
    ]),
    invalid('a post with a javascript: link', (t) => actPost(t, { linkUrl: 'javascript:alert(1)' }), [
      issue(['post', 'linkUrl'], 'invalidUrl'),
    ]),
    notFound('a post on an unknown channel', (t) => actPost(t, { channelId: MISSING_ID })),
    notFound('a post on a channel in the trash', (t) => actPost(t, { channelId: t.trashedChannelId })),
    notFound('a post in a pillar in the trash', (t) => actPost(t, { pillarId: t.trashedPillarId })),
    notFound('a post for a segment in the trash', (t) => actPost(t, { segmentIds: [t.trashedSegmentId] })),
    // The action itself.
    notFound('an unknown action', (t) => ({ ...actPillar(t), actionId: MISSING_ID })),
    notFound('an action of the audit in the trash', (t) => ({
      ...actPillar(t),
      actionId: t.trashedActionId,
    })),
    notFound('an audit id given as an action', (t) => ({ ...actPillar(t), actionId: t.auditId })),
    notFound('a post id given as an action', (t) => ({ ...actPillar(t), actionId: t.postId })),
  ],
  'audits.figures': [
    ...periodCases(DASHBOARD_DAYS_MAX, 'dashboardTooLong'),
    invalid('an unknown basis', (t) => ({ ...validRange(t), basis: 'clicks' }), [
      issue(['basis'], 'invalidChoice'),
    ]),
    invalid('a previous period', (t) => ({ ...validRange(t), previousFrom: '2026-11-01' }), [
      issue(['previousFrom'], 'unknownField'),
    ]),
  ],

  'competitors.list': [
    ...byClientCases,
    invalid('includeArchived is a string', (t) => ({ clientId: t.clientId, includeArchived: 'yes' }), [
      issue(['includeArchived'], 'invalidType'),
    ]),
  ],
  'competitors.create': [
    invalid('only a clientId', (t) => ({ clientId: t.clientId }), [
      issue(['name'], 'required'),
      issue(['color'], 'required'),
    ]),
    invalid('blank name', (t) => ({ ...validCompetitor(t), name: ' ' }), [issue(['name'], 'required')]),
    ...competitorFieldCases(validCompetitor),
    invalid(
      "an account already listed under another of the client's competitors",
      (t) => ({
        ...validCompetitor(t),
        accounts: [account('instagram', '@durand'), account('instagram', '@petit.pain')],
      }),
      [issue(['accounts', '1', 'handle'], 'accountTaken', { name: 'Boulangerie Petit' })],
    ),
    invalid(
      "that account spelled 'Petit.Pain', without the @",
      (t) => ({ ...validCompetitor(t), accounts: [account('instagram', 'Petit.Pain')] }),
      [issue(['accounts', '0', 'handle'], 'accountTaken', { name: 'Boulangerie Petit' })],
    ),
    invalid('an id chosen by the caller', (t) => ({ ...validCompetitor(t), id: MISSING_ID }), [
      issue(['id'], 'unknownField'),
    ]),
    invalid('archived at creation', (t) => ({ ...validCompetitor(t), archived: true }), [
      issue(['archived'], 'unknownField'),
    ]),
    invalid(
      'an account id of an existing competitor',
      (t) => ({
        ...validCompetitor(t),
        accounts: [account('instagram', '@durand', { id: t.competitorAccountId })],
      }),
      [issue(['accounts', '0', 'id'], 'invalidId')],
    ),
    notFound('unknown client', (t) => ({ ...validCompetitor(t), clientId: MISSING_ID })),
    notFound('client in the trash', (t) => ({ ...validCompetitor(t), clientId: t.trashedClientId })),
  ],
  'competitors.update': [
    invalid('missing id', () => ({ name: 'Boulangerie Durand' }), [issue(['id'], 'required')]),
    invalid('empty name', (t) => ({ id: t.competitorId, name: '' }), [issue(['name'], 'required')]),
    ...competitorFieldCases((t) => ({ id: t.competitorId })),
    invalid(
      'its own account listed again under another spelling',
      (t) => ({
        id: t.competitorId,
        accounts: [
          account('instagram', '@petit.pain', { id: t.competitorAccountId }),
          account('instagram', '@Petit.Pain'),
        ],
      }),
      [issue(['accounts', '1', 'handle'], 'duplicateAccount')],
    ),
    invalid(
      'one of its accounts listed twice, under two handles',
      (t) => ({
        id: t.competitorId,
        accounts: [
          account('instagram', '@petit.pain', { id: t.competitorAccountId }),
          account('instagram', '@petit.pain.bis', { id: t.competitorAccountId }),
        ],
      }),
      [issue(['accounts', '1', 'id'], 'duplicateAccount')],
    ),
    invalid(
      'the account of another of its competitors',
      (t) => ({ id: t.archivedCompetitorId, accounts: [account('instagram', 'petit.pain')] }),
      [issue(['accounts', '0', 'handle'], 'accountTaken', { name: 'Boulangerie Petit' })],
    ),
    invalid(
      "an account id of another of the client's competitors",
      (t) => ({
        id: t.archivedCompetitorId,
        accounts: [account('instagram', '@durand', { id: t.competitorAccountId })],
      }),
      [issue(['accounts', '0', 'id'], 'invalidId')],
    ),
    invalid('moving to another client', (t) => ({ id: t.competitorId, clientId: t.clientId }), [
      issue(['clientId'], 'unknownField'),
    ]),
    invalid('archiving through update', (t) => ({ id: t.competitorId, archived: true }), [
      issue(['archived'], 'unknownField'),
    ]),
    notFound('unknown id', () => ({ id: MISSING_ID, name: 'Boulangerie Durand' })),
    notFound('competitor in the trash', (t) => ({ id: t.trashedCompetitorId, name: 'Boulangerie Durand' })),
    notFound('an account id given as a competitor', (t) => ({ id: t.competitorAccountId, name: 'Durand' })),
  ],
  'competitors.archive': archiveCases('competitorId', 'trashedCompetitorId'),
  'competitors.delete': [
    ...byIdCases('competitorId', 'trashedCompetitorId'),
    notFound('a mention id given as a competitor', (t) => ({ id: t.mentionId })),
  ],
  'competitors.readings': [
    invalid('missing date', (t) => ({ clientId: t.clientId }), [issue(['on'], 'required')]),
    invalid('date 2026-02-30', (t) => ({ clientId: t.clientId, on: '2026-02-30' }), [
      issue(['on'], 'invalidDate'),
    ]),
    invalid('clientId is not a uuid', () => ({ clientId: 'martin', on: TODAY }), [
      issue(['clientId'], 'invalidId'),
    ]),
    invalid(
      'unknown extra field',
      (t) => ({ clientId: t.clientId, on: TODAY, competitorId: t.competitorId }),
      [issue(['competitorId'], 'unknownField')],
    ),
    notFound('unknown client', () => ({ clientId: MISSING_ID, on: TODAY })),
    notFound('client in the trash', (t) => ({ clientId: t.trashedClientId, on: TODAY })),
  ],
  'competitors.saveReadings': [
    invalid('no rows', (t) => readings(t), [issue(['rows'], 'tooSmall', { min: 1 })]),
    invalid('missing rows', (t) => ({ clientId: t.clientId, on: '2026-11-25' }), [
      issue(['rows'], 'required'),
    ]),
    invalid('missing date', (t) => ({ clientId: t.clientId, rows: [reading(t.competitorAccountId)] }), [
      issue(['on'], 'required'),
    ]),
    invalid(
      'date 2026-02-30',
      (t) => ({ ...readings(t, reading(t.competitorAccountId)), on: '2026-02-30' }),
      [issue(['on'], 'invalidDate')],
    ),
    invalid(
      'a negative follower count',
      (t) => readings(t, reading(t.competitorAccountId, { followers: -1 })),
      [issue(['rows', '0', 'followers'], 'negative')],
    ),
    invalid(
      'a follower count with a fraction',
      (t) => readings(t, reading(t.competitorAccountId, { followers: 5300.5 })),
      [issue(['rows', '0', 'followers'], 'notInteger')],
    ),
    invalid(
      'a follower count as text',
      (t) => readings(t, reading(t.competitorAccountId, { followers: '5 300' })),
      [issue(['rows', '0', 'followers'], 'notANumber')],
    ),
    invalid(
      'a follower count over a trillion',
      (t) => readings(t, reading(t.competitorAccountId, { followers: COUNT_MAX + 1 })),
      [issue(['rows', '0', 'followers'], 'tooBig', { max: COUNT_MAX })],
    ),
    invalid('a negative number of posts', (t) => readings(t, reading(t.competitorAccountId, { posts: -2 })), [
      issue(['rows', '0', 'posts'], 'negative'),
    ]),
    invalid('half a post', (t) => readings(t, reading(t.competitorAccountId, { posts: 2.5 })), [
      issue(['rows', '0', 'posts'], 'notInteger'),
    ]),
    invalid(
      'engagements per post to two decimals',
      (t) => readings(t, reading(t.competitorAccountId, { engagementsPerPost: 41.25 })),
      [issue(['rows', '0', 'engagementsPerPost'], 'tooPrecise')],
    ),
    invalid(
      'negative engagements per post',
      (t) => readings(t, reading(t.competitorAccountId, { engagementsPerPost: -0.5 })),
      [issue(['rows', '0', 'engagementsPerPost'], 'negative')],
    ),
    invalid(
      'engagements per post that are not a number',
      (t) => readings(t, reading(t.competitorAccountId, { engagementsPerPost: Number.NaN })),
      [issue(['rows', '0', 'engagementsPerPost'], 'notANumber')],
    ),
    invalid(
      'engagements per post over a trillion',
      (t) => readings(t, reading(t.competitorAccountId, { engagementsPerPost: COUNT_MAX + 1 })),
      [issue(['rows', '0', 'engagementsPerPost'], 'tooBig', { max: COUNT_MAX })],
    ),
    ...BAD_URLS.map((standoutUrl) =>
      invalid(
        `a standout link ${standoutUrl}`,
        (t) => readings(t, reading(t.competitorAccountId, { standoutUrl })),
        [issue(['rows', '0', 'standoutUrl'], 'invalidUrl')],
      ),
    ),
    invalid(
      'a standout note over 5000 characters',
      (t) => readings(t, reading(t.competitorAccountId, { standoutNote: LONG_NOTES })),
      [issue(['rows', '0', 'standoutNote'], 'tooLong', { max: 5000 })],
    ),
    invalid(
      'a row with an extra field',
      (t) => readings(t, reading(t.competitorAccountId, { competitorId: t.competitorId })),
      [issue(['rows', '0', 'competitorId'], 'unknownField')],
    ),
    invalid('an account id that is not a uuid', (t) => readings(t, reading('petit.pain')), [
      issue(['rows', '0', 'accountId'], 'invalidId'),
    ]),
    invalid(
      'one account twice',
      (t) => readings(t, reading(t.competitorAccountId), reading(t.competitorAccountId, { posts: 2 })),
      [issue(['rows', '1', 'accountId'], 'duplicateAccount')],
    ),
    invalid(
      `over ${READING_ROWS_MAX} rows`,
      (t) => readings(t, ...missingIds(READING_ROWS_MAX + 1).map((id) => reading(id))),
      [issue(['rows'], 'tooBig', { max: READING_ROWS_MAX })],
    ),
    // The checks against the clock and the stored accounts: a reason per row, the whole grid refused.
    invalid(
      'a day after today',
      (t) => ({ ...readings(t, reading(t.competitorAccountId)), on: addDays(TODAY, 1) }),
      [issue(['on'], 'futureDate', { date: TODAY })],
    ),
    invalid(
      "another client's account after one of its own",
      (t) => readings(t, reading(t.competitorAccountId), reading(t.otherClientAccountId)),
      [issue(['rows', '1', 'accountId'], 'otherClient')],
    ),
    invalid(
      'an account taken off its competitor, an unknown one and one of the competitor in the trash',
      (t) =>
        readings(
          t,
          reading(t.removedAccountId),
          reading(t.competitorAccountId),
          reading(MISSING_ID),
          reading(t.trashedCompetitorAccountId),
        ),
      [
        issue(['rows', '0', 'accountId'], 'invalidId'),
        issue(['rows', '2', 'accountId'], 'invalidId'),
        issue(['rows', '3', 'accountId'], 'invalidId'),
      ],
    ),
    invalid('a competitor id given as an account', (t) => readings(t, reading(t.competitorId)), [
      issue(['rows', '0', 'accountId'], 'invalidId'),
    ]),
    invalid(
      "a day after today, for another client's account",
      (t) => ({ ...readings(t, reading(t.otherClientAccountId)), on: '2027-01-01' }),
      [issue(['on'], 'futureDate', { date: TODAY }), issue(['rows', '0', 'accountId'], 'otherClient')],
    ),
    notFound('unknown client', (t) => ({
      ...readings(t, reading(t.competitorAccountId)),
      clientId: MISSING_ID,
    })),
    notFound('client in the trash', (t) => ({
      ...readings(t, reading(t.competitorAccountId)),
      clientId: t.trashedClientId,
    })),
  ],
  'competitors.benchmark': [
    ...periodCases(DASHBOARD_DAYS_MAX, 'dashboardTooLong'),
    invalid(
      'a previous period starting after the period',
      (t) => ({ ...validRange(t), previousFrom: '2027-01-01' }),
      [issue(['previousFrom'], 'rangeEmpty')],
    ),
    invalid(
      'a previous period of more than two years',
      (t) => ({ ...validRange(t), previousFrom: '2020-01-01' }),
      [issue(['previousFrom'], 'dashboardTooLong')],
    ),
    invalid(
      'a previous period that is not a date',
      (t) => ({ ...validRange(t), previousFrom: '01/10/2026' }),
      [issue(['previousFrom'], 'invalidDate')],
    ),
  ],

  'mentions.list': [
    ...byClientCases,
    invalid('to before from', (t) => ({ clientId: t.clientId, from: '2026-12-07', to: '2026-11-30' }), [
      issue(['to'], 'rangeEmpty'),
    ]),
    invalid('an empty period', (t) => ({ clientId: t.clientId, from: '2026-11-30', to: '2026-11-30' }), [
      issue(['to'], 'rangeEmpty'),
    ]),
    invalid(
      'a period over ten years',
      (t) => ({ clientId: t.clientId, from: '2010-01-01', to: addDays('2010-01-01', JOURNAL_DAYS_MAX + 1) }),
      [issue(['to'], 'rangeTooLong')],
    ),
    ...BAD_DATES.map((from) =>
      invalid(`from ${JSON.stringify(from)}`, (t) => ({ clientId: t.clientId, from }), [
        issue(['from'], 'invalidDate'),
      ]),
    ),
    invalid(
      'a sentiment outside the three',
      (t) => ({ clientId: t.clientId, sentiments: ['positive', 'happy'] }),
      [issue(['sentiments', '1'], 'invalidSentiment')],
    ),
    invalid('an unknown network', (t) => ({ clientId: t.clientId, networks: ['myspace'] }), [
      issue(['networks', '0'], 'unknownNetwork'),
    ]),
    invalid('a search over 200 characters', (t) => ({ clientId: t.clientId, search: 's'.repeat(201) }), [
      issue(['search'], 'tooLong', { max: 200 }),
    ]),
    invalid('subjects as a string', (t) => ({ clientId: t.clientId, subjects: 'brand' }), [
      issue(['subjects'], 'invalidType'),
    ]),
    invalid('a limit of 0', (t) => ({ clientId: t.clientId, limit: 0 }), [
      issue(['limit'], 'tooSmall', { min: 1 }),
    ]),
    invalid(
      `a limit over ${MENTIONS_LIST_MAX}`,
      (t) => ({ clientId: t.clientId, limit: MENTIONS_LIST_MAX + 1 }),
      [issue(['limit'], 'tooBig', { max: MENTIONS_LIST_MAX })],
    ),
    invalid('a limit with a fraction', (t) => ({ clientId: t.clientId, limit: 10.5 }), [
      issue(['limit'], 'invalidType'),
    ]),
  ],
  'mentions.create': [
    invalid('only a clientId', (t) => ({ clientId: t.clientId }), [
      issue(['date'], 'required'),
      issue(['time'], 'required'),
      issue(['network'], 'required'),
      issue(['subject'], 'required'),
      issue(['sentiment'], 'required'),
    ]),
    invalid('neither a text nor a link', (t) => createMention(t, { text: '' }), [
      issue(['text'], 'mentionEmpty'),
    ]),
    invalid(
      'a subject of a kind that does not exist',
      (t) => createMention(t, { subject: { kind: 'product' } }),
      [issue(['subject', 'kind'], 'invalidChoice')],
    ),
    invalid('only spaces for a text, and no link', (t) => createMention(t, { text: '   ', url: ' ' }), [
      issue(['text'], 'mentionEmpty'),
    ]),
    ...mentionFieldCases(createMention, []),
    invalid('an id chosen by the caller', (t) => createMention(t, { id: MISSING_ID }), [
      issue(['id'], 'unknownField'),
    ]),
    invalid('the mention nested under a key', (t) => ({ clientId: t.clientId, mention: mention() }), [
      issue(['date'], 'required'),
      issue(['time'], 'required'),
      issue(['network'], 'required'),
      issue(['subject'], 'required'),
      issue(['sentiment'], 'required'),
      issue(['mention'], 'unknownField'),
    ]),
    notFound('unknown client', (t) => createMention({ ...t, clientId: MISSING_ID }, {})),
    notFound('client in the trash', (t) => createMention({ ...t, clientId: t.trashedClientId }, {})),
  ],
  'mentions.createMany': [
    invalid('no mentions', (t) => createMentions(t), [issue(['mentions'], 'tooSmall', { min: 1 })]),
    invalid(
      'a saved mapping naming a column by a word, or a meaning that does not exist',
      (t) => ({
        ...createMentions(t, mention()),
        mapping: { signature: 'date\u001ftexte', columns: { first: 'date', 1: 'mood' } },
      }),
      [
        issue(['mapping', 'columns', '1'], 'invalidChoice'),
        issue(['mapping', 'columns', 'first'], 'invalid'),
      ],
    ),
    invalid('missing mentions', (t) => ({ clientId: t.clientId }), [issue(['mentions'], 'required')]),
    invalid('one mention, not a list', (t) => ({ clientId: t.clientId, mention: mention() }), [
      issue(['mentions'], 'required'),
      issue(['mention'], 'unknownField'),
    ]),
    ...mentionFieldCases(
      (t, over) => createMentions(t, mention(), mention({ author: '@b' }), mention(over)),
      ['mentions', '2'],
    ),
    invalid(
      'a paste with one empty line among good ones',
      (t) => createMentions(t, mention(), mention({ text: '', url: '' }), mention({ text: 'Bof' })),
      [issue(['mentions', '1', 'text'], 'mentionEmpty')],
    ),
    invalid(
      'a paste with two lines refused for what is stored',
      (t) =>
        createMentions(
          t,
          mention({ postId: t.otherClientPostId }),
          mention({ subject: { kind: 'competitor', competitorId: t.competitorId } }),
          mention(LATER_TODAY),
          mention({ postId: t.publishedPostId }),
        ),
      [
        issue(['mentions', '0', 'postId'], 'otherClient'),
        issue(['mentions', '2', 'time'], 'futureTime', { time: NOW_IN_PARIS }),
      ],
    ),
    invalid(
      `over ${MENTIONS_AT_ONCE_MAX} mentions`,
      (t) => createMentions(t, ...Array.from({ length: MENTIONS_AT_ONCE_MAX + 1 }, () => mention())),
      [issue(['mentions'], 'tooBig', { max: MENTIONS_AT_ONCE_MAX })],
    ),
    notFound('unknown client', (t) => ({ ...createMentions(t, mention()), clientId: MISSING_ID })),
    notFound('client in the trash', (t) => ({
      ...createMentions(t, mention()),
      clientId: t.trashedClientId,
    })),
  ],
  'mentions.update': [
    invalid('missing id', () => ({ sentiment: 'neutral' }), [issue(['id'], 'required')]),
    invalid('id is not a uuid', () => ({ id: 'abc', sentiment: 'neutral' }), [issue(['id'], 'invalidId')]),
    // The seeded mention has a text and no link.
    invalid('its text emptied, with no link', (t) => ({ id: t.mentionId, text: '' }), [
      issue(['text'], 'mentionEmpty'),
    ]),
    invalid('its text emptied and a blank link', (t) => ({ id: t.mentionId, text: ' ', url: '  ' }), [
      issue(['text'], 'mentionEmpty'),
    ]),
    invalid('a text of null', (t) => ({ id: t.mentionId, text: null }), [issue(['text'], 'invalidType')]),
    ...mentionFieldCases((t, over) => ({ id: t.mentionId, ...over }), []),
    // Said on 2026-11-21 at 12:30: moved to today, its time is still to come.
    invalid('moved to today, its time still to come', (t) => ({ id: t.mentionId, date: TODAY }), [
      issue(['time'], 'futureTime', { time: NOW_IN_PARIS }),
    ]),
    invalid('moving to another client', (t) => ({ id: t.mentionId, clientId: t.clientId }), [
      issue(['clientId'], 'unknownField'),
    ]),
    notFound('unknown id', () => ({ id: MISSING_ID, sentiment: 'neutral' })),
    notFound('mention in the trash', (t) => ({ id: t.trashedMentionId, sentiment: 'neutral' })),
    notFound('a mention of the competitor in the trash', (t) => ({
      id: t.hiddenMentionId,
      sentiment: 'neutral',
    })),
    notFound('a competitor id given as a mention', (t) => ({ id: t.competitorId, sentiment: 'neutral' })),
  ],
  'mentions.delete': [
    invalid('no ids', () => ({ ids: [] }), [issue(['ids'], 'tooSmall', { min: 1 })]),
    invalid('missing ids', () => ({}), [issue(['ids'], 'required')]),
    invalid('ids is a string', (t) => ({ ids: t.mentionId }), [issue(['ids'], 'invalidType')]),
    invalid('one id, not a list', (t) => ({ id: t.mentionId }), [
      issue(['ids'], 'required'),
      issue(['id'], 'unknownField'),
    ]),
    invalid('an id is not a uuid', (t) => ({ ids: [t.mentionId, 'abc'] }), [
      issue(['ids', '1'], 'invalidId'),
    ]),
    invalid(
      `over ${MENTIONS_AT_ONCE_MAX} ids`,
      (t) => ({ ids: Array.from({ length: MENTIONS_AT_ONCE_MAX + 1 }, () => t.mentionId) }),
      [issue(['ids'], 'tooBig', { max: MENTIONS_AT_ONCE_MAX })],
    ),
    // All or nothing: the mention before the bad one stays where it is.
    notFound('an unknown mention among them', (t) => ({ ids: [t.mentionId, MISSING_ID] })),
    notFound('a mention in the trash among them', (t) => ({ ids: [t.mentionId, t.trashedMentionId] })),
    notFound('the same mention twice', (t) => ({ ids: [t.mentionId, t.mentionId] })),
    notFound('a mention of the competitor in the trash', (t) => ({ ids: [t.mentionId, t.hiddenMentionId] })),
    notFound('a post id given as a mention', (t) => ({ ids: [t.publishedPostId] })),
  ],
  'mentions.terms': byClientCases,
  'mentions.mapping': [
    invalid('no signature', () => ({}), [issue(['signature'], 'required')]),
    invalid('an empty signature', () => ({ signature: '' }), [issue(['signature'], 'tooShort', { min: 1 })]),
    invalid('a signature that is not text', () => ({ signature: 42 }), [issue(['signature'], 'invalidType')]),
    invalid('unknown extra field', () => ({ signature: 'date', clientId: MISSING_ID }), [
      issue(['clientId'], 'unknownField'),
    ]),
  ],
  'mentions.setTerms': [
    invalid('missing terms', (t) => ({ clientId: t.clientId }), [issue(['terms'], 'required')]),
    invalid('terms as a string', (t) => ({ clientId: t.clientId, terms: 'pain, croissant' }), [
      issue(['terms'], 'invalidType'),
    ]),
    invalid(
      'one term twice',
      (t) => terms(t, brandTerm('Martin'), brandTerm('croissant'), brandTerm('Martin')),
      [issue(['terms', '2', 'term'], 'duplicateTerm')],
    ),
    invalid(
      'one term twice, in other cases and for other subjects',
      (t) =>
        terms(t, brandTerm('#PainAuLevain'), {
          term: ' #painaulevain',
          subject: { kind: 'topic', topic: 'pain' },
        }),
      [issue(['terms', '1', 'term'], 'duplicateTerm')],
    ),
    invalid('a blank term', (t) => terms(t, brandTerm('Martin'), brandTerm('  ')), [
      issue(['terms', '1', 'term'], 'required'),
    ]),
    invalid('a term over 60 characters', (t) => terms(t, brandTerm('m'.repeat(TAG_MAX + 1))), [
      issue(['terms', '0', 'term'], 'tooLong', { max: TAG_MAX }),
    ]),
    invalid('a term with a bidi isolate', (t) => terms(t, brandTerm('\u2067Martin\u2069')), [
      issue(['terms', '0', 'term'], 'bidiControl'),
    ]),
    invalid('a term without a subject', (t) => terms(t, { term: 'Martin' }), [
      issue(['terms', '0', 'subject'], 'required'),
    ]),
    invalid('a term with an extra field', (t) => terms(t, { ...brandTerm('Martin'), id: MISSING_ID }), [
      issue(['terms', '0', 'id'], 'unknownField'),
    ]),
    invalid(
      `over ${TERMS_MAX} terms`,
      (t) => terms(t, ...Array.from({ length: TERMS_MAX + 1 }, (_, i) => brandTerm(`terme ${i}`))),
      [issue(['terms'], 'tooBig', { max: TERMS_MAX })],
    ),
    // The checks against the stored competitors.
    invalid(
      "a term pointing at another client's competitor",
      (t) =>
        terms(t, brandTerm('Martin'), {
          term: 'Laurent',
          subject: { kind: 'competitor', competitorId: t.otherClientCompetitorId },
        }),
      [issue(['terms', '1', 'subject', 'competitorId'], 'otherClient')],
    ),
    invalid(
      'terms pointing at the competitor in the trash and at an unknown one',
      (t) =>
        terms(
          t,
          { term: 'Fermée', subject: { kind: 'competitor', competitorId: t.trashedCompetitorId } },
          { term: 'Petit', subject: { kind: 'competitor', competitorId: t.competitorId } },
          { term: 'Inconnue', subject: { kind: 'competitor', competitorId: MISSING_ID } },
        ),
      [
        issue(['terms', '0', 'subject', 'competitorId'], 'invalidId'),
        issue(['terms', '2', 'subject', 'competitorId'], 'invalidId'),
      ],
    ),
    notFound('unknown client', (t) => ({ ...terms(t, brandTerm('Martin')), clientId: MISSING_ID })),
    notFound('client in the trash', (t) => ({
      ...terms(t, brandTerm('Martin')),
      clientId: t.trashedClientId,
    })),
  ],

  'ideas.list': [
    ...sharedOrClientCases(),
    invalid(
      `a limit over ${IDEA_LIST_LIMIT}`,
      (t) => ({ clientId: t.clientId, limit: IDEA_LIST_LIMIT + 1 }),
      [issue(['limit'], 'tooBig', { max: IDEA_LIST_LIMIT })],
    ),
    invalid('a limit of 0', (t) => ({ clientId: t.clientId, limit: 0 }), [
      issue(['limit'], 'tooSmall', { min: 1 }),
    ]),
    invalid('a limit of 2.5', (t) => ({ clientId: t.clientId, limit: 2.5 }), [
      issue(['limit'], 'invalidType'),
    ]),
    invalid('an unknown status', (t) => ({ clientId: t.clientId, statuses: ['new', 'archived'] }), [
      issue(['statuses', '1'], 'invalidChoice'),
    ]),
    invalid('an unknown network', (t) => ({ clientId: t.clientId, networks: ['myspace'] }), [
      issue(['networks', '0'], 'unknownNetwork'),
    ]),
    invalid('an unknown sort', (t) => ({ clientId: t.clientId, sort: 'random' }), [
      issue(['sort'], 'invalidChoice'),
    ]),
    invalid('a search over 200 characters', (t) => ({ clientId: t.clientId, search: 's'.repeat(201) }), [
      issue(['search'], 'tooLong', { max: 200 }),
    ]),
    invalid(
      'over 50 tags',
      (t) => ({ clientId: t.clientId, tags: Array.from({ length: 51 }, (_, i) => `tag ${i}`) }),
      [issue(['tags'], 'tooBig', { max: 50 })],
    ),
    invalid('a pillar id that is not a uuid', (t) => ({ clientId: t.clientId, pillarIds: ['recettes'] }), [
      issue(['pillarIds', '0'], 'invalidId'),
    ]),
  ],
  'ideas.create': [
    invalid('only a clientId', (t) => ({ clientId: t.clientId }), [issue(['title'], 'required')]),
    invalid('a title without a bank (clientId null is the shared one)', () => ({ title: 'Galette' }), [
      issue(['clientId'], 'required'),
    ]),
    ...ideaFieldCases((t) => ({ clientId: t.clientId, title: 'Galette des rois' })),
    invalid(
      'a shared idea with a pillar',
      (t) => ({ clientId: null, title: 'Galette des rois', pillarId: t.pillarId }),
      otherClient('pillarId'),
    ),
    invalid(
      'a shared idea with a segment',
      (t) => ({ clientId: null, title: 'Galette des rois', segmentId: t.segmentId }),
      otherClient('segmentId'),
    ),
    invalid('an id chosen by the caller', (t) => ({ clientId: t.clientId, title: 'x', id: MISSING_ID }), [
      issue(['id'], 'unknownField'),
    ]),
    invalid('its posts given', (t) => ({ clientId: t.clientId, title: 'x', postIds: [t.postId] }), [
      issue(['postIds'], 'unknownField'),
    ]),
    notFound('unknown client', () => ({ clientId: MISSING_ID, title: 'Galette des rois' })),
    notFound('client in the trash', (t) => ({ clientId: t.trashedClientId, title: 'Galette des rois' })),
  ],
  'ideas.update': [
    ...updateIdCases('an idea', 'trashedIdeaId', 'expertId', { title: 'Galette' }),
    ...ideaFieldCases((t) => ({ id: t.ideaId })),
    invalid(
      'moved to the shared bank with its pillar and segment',
      (t) => ({ id: t.ideaId, clientId: null }),
      [issue(['pillarId'], 'otherClient'), issue(['segmentId'], 'otherClient')],
    ),
    invalid(
      'moved to the other client with its pillar and segment',
      (t) => ({ id: t.ideaId, clientId: t.otherClientId }),
      [issue(['pillarId'], 'otherClient'), issue(['segmentId'], 'otherClient')],
    ),
    invalid(
      'the shared idea given a pillar',
      (t) => ({ id: t.sharedIdeaId, pillarId: t.pillarId }),
      otherClient('pillarId'),
    ),
    invalid(
      "the other client's idea given this client's pillar",
      (t) => ({ id: t.otherClientIdeaId, pillarId: t.pillarId }),
      otherClient('pillarId'),
    ),
    invalid('clientId is not a uuid', (t) => ({ id: t.ideaId, clientId: 'partagé' }), [
      issue(['clientId'], 'invalidId'),
    ]),
    notFound('moved to an unknown client', (t) => ({
      id: t.ideaId,
      clientId: MISSING_ID,
      pillarId: null,
      segmentId: null,
    })),
    notFound('moved to a client in the trash', (t) => ({
      id: t.ideaId,
      clientId: t.trashedClientId,
      pillarId: null,
      segmentId: null,
    })),
  ],
  'ideas.delete': [
    ...byIdCases('ideaId', 'trashedIdeaId'),
    notFound('an expert id given as an idea', (t) => ({ id: t.expertId })),
  ],
  'ideas.toPost': [
    invalid('only the idea', (t) => ({ id: t.ideaId }), [
      issue(['channelId'], 'required'),
      issue(['date'], 'required'),
      issue(['time'], 'required'),
    ]),
    invalid('missing id', (t) => ({ ...toPost(t), id: undefined }), [issue(['id'], 'required')]),
    invalid('id is not a uuid', (t) => toPost(t, { id: 'galette' }), [issue(['id'], 'invalidId')]),
    invalid('date 2026-02-30', (t) => toPost(t, { date: '2026-02-30' }), [issue(['date'], 'invalidDate')]),
    invalid('time 9h30', (t) => toPost(t, { time: '9h30' }), [issue(['time'], 'invalidTime')]),
    invalid('an unknown occurrence', (t) => toPost(t, { occurrence: 'third' }), [
      issue(['occurrence'], 'invalidChoice'),
    ]),
    invalid('a status for the draft', (t) => toPost(t, { status: 'ready' }), [
      issue(['status'], 'unknownField'),
    ]),
    invalid('a caption for the draft', (t) => toPost(t, { caption: 'x' }), [
      issue(['caption'], 'unknownField'),
    ]),
    invalid(
      "an idea of the client dropped on another client's calendar",
      (t) => toPost(t, { channelId: t.otherClientChannelId }),
      otherClient('channelId'),
    ),
    invalid(
      "another client's idea dropped on this client's calendar",
      (t) => toPost(t, { id: t.otherClientIdeaId }),
      otherClient('channelId'),
    ),
    notFound('unknown idea', (t) => toPost(t, { id: MISSING_ID })),
    notFound('idea in the trash', (t) => toPost(t, { id: t.trashedIdeaId })),
    notFound('a post id given as an idea', (t) => toPost(t, { id: t.postId })),
    notFound('unknown channel', (t) => toPost(t, { channelId: MISSING_ID })),
    notFound('channel in the trash', (t) => toPost(t, { channelId: t.trashedChannelId })),
    notFound('the shared idea on a channel in the trash', (t) =>
      toPost(t, { id: t.sharedIdeaId, channelId: t.trashedChannelId }),
    ),
  ],
  'ideas.setPicture': [
    invalid('missing file (null takes the picture away)', (t) => ({ id: t.ideaId }), [
      issue(['file'], 'required'),
    ]),
    invalid('missing id', () => ({ file: null }), [issue(['id'], 'required')]),
    invalid('a file without bytes', (t) => picture(t.ideaId, { base64: '' }), [
      issue(['file', 'base64'], 'required'),
    ]),
    invalid('bytes that are not base64', (t) => picture(t.ideaId, { base64: '<svg onload=alert(1)>' }), [
      issue(['file', 'base64'], 'invalid'),
    ]),
    invalid(
      'a picture over 4 MB',
      (t) => picture(t.ideaId, { base64: 'A'.repeat((Math.ceil(IDEA_PICTURE_MAX_BYTES / 3) + 1) * 4) }),
      [issue(['file', 'base64'], 'mediaTooBig')],
    ),
    invalid('a file without a name', (t) => picture(t.ideaId, { name: ' ' }), [
      issue(['file', 'name'], 'required'),
    ]),
    invalid('a name over 255 characters', (t) => picture(t.ideaId, { name: `${'n'.repeat(252)}.png` }), [
      issue(['file', 'name'], 'tooLong', { max: 255 }),
    ]),
    invalid('a path instead of bytes', (t) => picture(t.ideaId, { path: '/etc/passwd' }), [
      issue(['file', 'path'], 'unknownField'),
    ]),
    invalid('the file as a string', (t) => ({ id: t.ideaId, file: PNG_BASE64 }), [
      issue(['file'], 'invalidType'),
    ]),
    // The bytes are what they are, whatever the name says.
    invalid('a text file named .png', (t) => picture(t.ideaId, { name: 'notes.png', base64: TEXT_BASE64 }), [
      issue(['file', 'base64'], 'unsupportedFile'),
    ]),
    invalid('a PDF named .jpg', (t) => picture(t.ideaId, { name: 'devis.jpg', base64: PDF_BASE64 }), [
      issue(['file', 'base64'], 'unsupportedFile'),
    ]),
    notFound('unknown idea', () => picture(MISSING_ID)),
    notFound('idea in the trash', (t) => picture(t.trashedIdeaId)),
    notFound('idea in the trash, its picture taken away', (t) => ({ id: t.trashedIdeaId, file: null })),
    notFound('a post id given as an idea', (t) => picture(t.postId)),
  ],
  'ideas.tags': sharedOrClientCases(),

  'experts.list': [
    invalid('input is a string', () => 'all', [issue([], 'invalidType')]),
    invalid('unknown extra field', (t) => ({ clientId: t.clientId }), [issue(['clientId'], 'unknownField')]),
  ],
  'experts.create': [
    invalid('only a topic', () => ({ topic: 'Réseaux sociaux' }), [issue(['name'], 'required')]),
    ...expertFieldCases(() => validExpert),
    invalid('an id chosen by the caller', () => ({ ...validExpert, id: MISSING_ID }), [
      issue(['id'], 'unknownField'),
    ]),
  ],
  'experts.update': [
    ...updateIdCases('an expert', 'trashedExpertId', 'ideaId', { name: 'Social Media Today' }),
    ...expertFieldCases((t) => ({ id: t.expertId })),
  ],
  'experts.delete': [
    ...byIdCases('expertId', 'trashedExpertId'),
    notFound('an idea id given as an expert', (t) => ({ id: t.ideaId })),
  ],

  'trends.list': [
    ...sharedOrClientCases({ includeExpired: true }),
    invalid('includeExpired as text', (t) => ({ clientId: t.clientId, includeExpired: 'yes' }), [
      issue(['includeExpired'], 'invalidType'),
    ]),
  ],
  'trends.create': [
    invalid('only a clientId', (t) => ({ clientId: t.clientId }), [
      issue(['text'], 'required'),
      issue(['notedOn'], 'required'),
      issue(['expiresOn'], 'required'),
    ]),
    ...trendFieldCases(validTrend),
    invalid('expiring the day it is noted', (t) => ({ ...validTrend(t), expiresOn: '2026-11-20' }), [
      issue(['expiresOn'], 'rangeEmpty'),
    ]),
    invalid('expiring before it is noted', (t) => ({ ...validTrend(t), expiresOn: '2026-11-01' }), [
      issue(['expiresOn'], 'rangeEmpty'),
    ]),
    invalid(
      `lasting over ${TREND_DAYS_MAX} days`,
      (t) => ({ ...validTrend(t), expiresOn: addDays('2026-11-20', TREND_DAYS_MAX + 1) }),
      [issue(['expiresOn'], 'trendTooLong')],
    ),
    invalid(
      'a shared trend lasting ten years',
      (t) => ({ ...validTrend(t), clientId: null, expiresOn: '2036-11-20' }),
      [issue(['expiresOn'], 'trendTooLong')],
    ),
    notFound('unknown client', (t) => ({ ...validTrend(t), clientId: MISSING_ID })),
    notFound('client in the trash', (t) => ({ ...validTrend(t), clientId: t.trashedClientId })),
  ],
  'trends.update': [
    ...updateIdCases('a trend note', 'trashedTrendId', 'ideaId', { text: 'Ce son monte' }),
    ...trendFieldCases((t) => ({ id: t.trendId })),
    // Against the stored days (noted 2026-11-20, expiring 2026-12-20).
    invalid('expiring the day it was noted', (t) => ({ id: t.trendId, expiresOn: '2026-11-20' }), [
      issue(['expiresOn'], 'rangeEmpty'),
    ]),
    invalid('noted after it expires', (t) => ({ id: t.trendId, notedOn: '2026-12-25' }), [
      issue(['expiresOn'], 'rangeEmpty'),
    ]),
    invalid('expiring over a year after it was noted', (t) => ({ id: t.trendId, expiresOn: '2028-01-01' }), [
      issue(['expiresOn'], 'trendTooLong'),
    ]),
    invalid('noted over a year before it expires', (t) => ({ id: t.trendId, notedOn: '2025-01-01' }), [
      issue(['expiresOn'], 'trendTooLong'),
    ]),
    invalid('moving to another client', (t) => ({ id: t.trendId, clientId: t.clientId }), [
      issue(['clientId'], 'unknownField'),
    ]),
  ],
  'trends.delete': [
    ...byIdCases('trendId', 'trashedTrendId'),
    notFound('an idea id given as a trend note', (t) => ({ id: t.ideaId })),
  ],

  'dates.list': [
    ...periodCases(DASHBOARD_DAYS_MAX, 'dashboardTooLong'),
    invalid('unknown extra field', (t) => ({ ...validRange(t), sets: ['fr-holidays'] }), [
      issue(['sets'], 'unknownField'),
    ]),
    invalid('for every client at once', () => ({ clientId: null, from: '2026-11-30', to: '2026-12-07' }), [
      issue(['clientId'], 'invalidType'),
    ]),
  ],
  'dates.sets': byClientCases,
  'dates.setSets': [
    invalid('missing sets', (t) => ({ clientId: t.clientId }), [issue(['sets'], 'required')]),
    invalid('an unknown set', (t) => ({ clientId: t.clientId, sets: ['fr-holidays', 'us-holidays'] }), [
      issue(['sets', '1'], 'invalidChoice'),
    ]),
    invalid('a set in capitals', (t) => ({ clientId: t.clientId, sets: ['FR-HOLIDAYS'] }), [
      issue(['sets', '0'], 'invalidChoice'),
    ]),
    // Short: zod also measures a string longer than the list's max against it (a second issue, tooLong).
    invalid('sets as text', (t) => ({ clientId: t.clientId, sets: 'fr' }), [issue(['sets'], 'invalidType')]),
    invalid(
      `over ${DATE_SETS.length} sets`,
      (t) => ({ clientId: t.clientId, sets: [...DATE_SETS, 'fr-holidays'] }),
      [issue(['sets'], 'tooBig', { max: DATE_SETS.length })],
    ),
    invalid('for every client at once', () => ({ clientId: null, sets: [] }), [
      issue(['clientId'], 'invalidType'),
    ]),
    invalid('clientId is not a uuid', () => ({ clientId: 'martin', sets: [] }), [
      issue(['clientId'], 'invalidId'),
    ]),
    invalid('unknown extra field', (t) => ({ clientId: t.clientId, sets: [], custom: true }), [
      issue(['custom'], 'unknownField'),
    ]),
    notFound('unknown client', () => ({ clientId: MISSING_ID, sets: ['fr-holidays'] })),
    notFound('client in the trash', (t) => ({ clientId: t.trashedClientId, sets: [] })),
  ],
  'dates.custom': sharedOrClientCases(),
  'dates.create': [
    invalid('only a clientId', (t) => ({ clientId: t.clientId }), [
      issue(['name'], 'required'),
      issue(['rule'], 'required'),
    ]),
    ...recurringFieldCases(validRecurringDate),
    notFound('unknown client', (t) => ({ ...validRecurringDate(t), clientId: MISSING_ID })),
    notFound('client in the trash', (t) => ({ ...validRecurringDate(t), clientId: t.trashedClientId })),
  ],
  'dates.update': [
    ...updateIdCases('a recurring date', 'trashedRecurringDateId', 'trendId', { name: 'Foire' }),
    ...recurringFieldCases((t) => ({ id: t.recurringDateId })),
    invalid('moving to another client', (t) => ({ id: t.recurringDateId, clientId: t.clientId }), [
      issue(['clientId'], 'unknownField'),
    ]),
  ],
  'dates.delete': [
    ...byIdCases('recurringDateId', 'trashedRecurringDateId'),
    notFound('a trend note id given as a recurring date', (t) => ({ id: t.trendId })),
  ],

  'profile.get': [
    invalid('input is a string', () => 'me', [issue([], 'invalidType')]),
    invalid('unknown extra field', () => ({ logo: true }), [issue(['logo'], 'unknownField')]),
  ],
  'profile.update': [
    invalid('missing name', () => ({}), [issue(['name'], 'required')]),
    invalid('name over 80 characters', () => ({ name: LONG_NAME }), [
      issue(['name'], 'tooLong', { max: 80 }),
    ]),
    invalid('name with a right-to-left override', () => ({ name: 'Camille \u202enitraM' }), [
      issue(['name'], 'bidiControl'),
    ]),
    invalid('name as a number', () => ({ name: 42 }), [issue(['name'], 'invalidType')]),
    invalid('a logo through the name', () => ({ name: 'Camille', logo: null }), [
      issue(['logo'], 'unknownField'),
    ]),
    invalid('input is an array', () => ['Camille'], [issue([], 'invalidType')]),
  ],
  'profile.setLogo': [
    invalid('missing file (null takes the logo away)', () => ({}), [issue(['file'], 'required')]),
    invalid('a file without bytes', () => logo({ base64: '' }), [issue(['file', 'base64'], 'required')]),
    invalid('bytes that are not base64', () => logo({ base64: '<svg onload=alert(1)>' }), [
      issue(['file', 'base64'], 'invalid'),
    ]),
    invalid('a logo over 2 MB', () => logo({ base64: 'A'.repeat((Math.ceil(LOGO_MAX_BYTES / 3) + 1) * 4) }), [
      issue(['file', 'base64'], 'mediaTooBig'),
    ]),
    invalid('a file without a name', () => logo({ name: ' ' }), [issue(['file', 'name'], 'required')]),
    invalid('a name over 255 characters', () => logo({ name: `${'n'.repeat(252)}.png` }), [
      issue(['file', 'name'], 'tooLong', { max: 255 }),
    ]),
    invalid('a path instead of bytes', () => logo({ path: '/etc/passwd' }), [
      issue(['file', 'path'], 'unknownField'),
    ]),
    invalid('the file as a string', () => ({ file: PNG_BASE64 }), [issue(['file'], 'invalidType')]),
    // The bytes are what they are, whatever the name says.
    invalid('a text file named .png', () => logo({ name: 'logo.png', base64: TEXT_BASE64 }), [
      issue(['file', 'base64'], 'unsupportedFile'),
    ]),
    invalid('a PDF named .jpg', () => logo({ name: 'en-tete.jpg', base64: PDF_BASE64 }), [
      issue(['file', 'base64'], 'unsupportedFile'),
    ]),
  ],

  'reports.list': byClientCases,
  'reports.get': [
    ...byIdCases('reportId', 'trashedReportId'),
    notFound('an audit id given as a report', (t) => ({ id: t.auditId })),
  ],
  'reports.create': [
    ...periodCases(REPORT_DAYS_MAX, 'reportTooLong', { kind: 'custom', language: 'fr' }),
    invalid('only a clientId', (t) => ({ clientId: t.clientId }), [
      issue(['kind'], 'required'),
      issue(['from'], 'required'),
      issue(['to'], 'required'),
      issue(['language'], 'required'),
    ]),
    invalid('a kind Calepin does not have', (t) => ({ ...validReport(t), kind: 'year' }), [
      issue(['kind'], 'invalidChoice'),
    ]),
    invalid(
      'a week of ten days',
      (t) => ({ ...validReport(t), kind: 'week', from: '2026-10-05', to: '2026-10-15' }),
      [issue(['kind'], 'kindMismatch')],
    ),
    invalid(
      'a month that starts on the 15th',
      (t) => ({ ...validReport(t), kind: 'month', from: '2026-10-15', to: '2026-11-15' }),
      [issue(['kind'], 'kindMismatch')],
    ),
    invalid(
      'a quarter from November',
      (t) => ({ ...validReport(t), kind: 'quarter', from: '2026-11-01', to: '2027-02-01' }),
      [issue(['kind'], 'kindMismatch')],
    ),
    invalid('a kind with a capital', (t) => ({ ...validReport(t), kind: 'Month' }), [
      issue(['kind'], 'invalidChoice'),
    ]),
    ...reportFieldCases(validReport),
    invalid('its sections at creation', (t) => ({ ...validReport(t), sections: allSections() }), [
      issue(['sections'], 'unknownField'),
    ]),
    invalid('its summary at creation', (t) => ({ ...validReport(t), summary: 'Bon mois' }), [
      issue(['summary'], 'unknownField'),
    ]),
    invalid('an id chosen by the caller', (t) => ({ ...validReport(t), id: MISSING_ID }), [
      issue(['id'], 'unknownField'),
    ]),
    invalid(
      'a client archived: no new figures',
      (t) => ({ ...validReport(t), clientId: t.archivedClientId }),
      [issue(['clientId'], 'clientArchived')],
    ),
  ],
  'reports.update': [
    ...updateIdCases('a report', 'trashedReportId', 'auditId', { title: 'Bilan' }),
    ...reportFieldCases((t) => ({ id: t.reportId })),
    // The sections: each of them once, in the user's order.
    invalid(
      'a section twice',
      (t) =>
        sections(
          t,
          allSections().map((s) => (s.id === 'voice' ? { ...s, id: 'figures' } : s)),
        ),
      [issue(['sections', String(REPORT_SECTIONS.indexOf('voice')), 'id'], 'duplicateSection')],
    ),
    invalid(
      'a section missing',
      (t) =>
        sections(
          t,
          allSections().filter((s) => s.id !== 'benchmark'),
        ),
      [issue(['sections'], 'missingSection')],
    ),
    invalid('no sections', (t) => sections(t, []), [issue(['sections'], 'missingSection')]),
    invalid(
      'a section Calepin does not have',
      (t) =>
        sections(
          t,
          allSections().map((s) => (s.id === 'voice' ? { ...s, id: 'weather' } : s)),
        ),
      [issue(['sections', String(REPORT_SECTIONS.indexOf('voice')), 'id'], 'invalidChoice')],
    ),
    invalid(
      'every section and one more',
      (t) => sections(t, [...allSections(), { id: 'cover', on: false }]),
      [issue(['sections'], 'tooBig', { max: REPORT_SECTIONS.length })],
    ),
    invalid('a section without on', (t) => sections(t, [{ id: 'cover' }, ...allSections().slice(1)]), [
      issue(['sections', '0', 'on'], 'required'),
    ]),
    invalid(
      'a section on as text',
      (t) =>
        sections(
          t,
          allSections().map((s) => (s.id === 'plan' ? { ...s, on: 'yes' } : s)),
        ),
      [issue(['sections', String(REPORT_SECTIONS.indexOf('plan')), 'on'], 'invalidType')],
    ),
    invalid(
      'a section with a title of its own',
      (t) =>
        sections(
          t,
          allSections().map((s) => (s.id === 'cover' ? { ...s, title: 'Couverture' } : s)),
        ),
      [issue(['sections', '0', 'title'], 'unknownField')],
    ),
    invalid('sections as an object', (t) => sections(t, { cover: true }), [
      issue(['sections'], 'invalidType'),
    ]),
    // The texts.
    invalid(
      `summary over ${REPORT_TEXT_MAX} characters`,
      (t) => ({ id: t.reportId, summary: 's'.repeat(REPORT_TEXT_MAX + 1) }),
      [issue(['summary'], 'tooLong', { max: REPORT_TEXT_MAX })],
    ),
    invalid(
      `recommendations over ${REPORT_TEXT_MAX} characters`,
      (t) => ({ id: t.reportId, recommendations: 'r'.repeat(REPORT_TEXT_MAX + 1) }),
      [issue(['recommendations'], 'tooLong', { max: REPORT_TEXT_MAX })],
    ),
    invalid('summary as a number', (t) => ({ id: t.reportId, summary: 12 }), [
      issue(['summary'], 'invalidType'),
    ]),
    invalid('summary with a lone surrogate', (t) => ({ id: t.reportId, summary: 'Bon \ud83c mois' }), [
      issue(['summary'], 'invalidText'),
    ]),
    // What the report was made for stays: a new period is a new report.
    invalid('a new period', (t) => ({ id: t.reportId, from: '2026-10-01', to: '2026-11-01' }), [
      issue(['from'], 'unknownField'),
      issue(['to'], 'unknownField'),
    ]),
    invalid('a new kind', (t) => ({ id: t.reportId, kind: 'week' }), [issue(['kind'], 'unknownField')]),
    invalid('moving to another client', (t) => ({ id: t.reportId, clientId: t.otherClientId }), [
      issue(['clientId'], 'unknownField'),
    ]),
  ],
  'reports.refresh': [
    ...byIdCases('reportId', 'trashedReportId'),
    notFound('an audit id given as a report', (t) => ({ id: t.auditId })),
    invalid(
      'a report of the archived client: it stays as it was sent',
      (t) => ({ id: t.archivedClientReportId }),
      [issue(['id'], 'clientArchived')],
    ),
  ],
  'reports.delete': [
    ...byIdCases('reportId', 'trashedReportId'),
    notFound('an idea id given as a report', (t) => ({ id: t.ideaId })),
  ],
  'reports.pdf': [
    // The report is looked up first: one that is not there is said so, printer or not.
    ...byIdCases('reportId', 'trashedReportId'),
    noPrinter('a report, with no printer', (t) => ({ id: t.reportId })),
  ],

  'approvals.export': [
    ...periodCases(APPROVAL_DAYS_MAX, 'planTooLong', { language: 'fr' }),
    invalid('missing language', (t) => ({ ...validPlan(t), language: undefined }), [
      issue(['language'], 'required'),
    ]),
    invalid('a language Calepin does not speak', (t) => ({ ...validPlan(t), language: 'es' }), [
      issue(['language'], 'invalidChoice'),
    ]),
    invalid('unknown extra field', (t) => ({ ...validPlan(t), postIds: [t.postId] }), [
      issue(['postIds'], 'unknownField'),
    ]),
    invalid('a client archived', (t) => ({ ...validPlan(t), clientId: t.archivedClientId }), [
      issue(['clientId'], 'clientArchived'),
    ]),
    invalid(
      'a period with nothing planned',
      (t) => ({ ...validPlan(t), from: '2027-03-01', to: '2027-03-08' }),
      [issue(['to'], 'planEmpty')],
    ),
    invalid(
      'a period of published posts only: nothing left to approve',
      (t) => ({ ...validPlan(t), from: addDays(PUBLISHED_ON, -3), to: addDays(PUBLISHED_ON, 3) }),
      [issue(['to'], 'planEmpty')],
    ),
  ],
  'approvals.pdf': [
    // With no printer, the client is not looked up: unknown and trashed ones are refused for that too.
    ...periodCases(APPROVAL_DAYS_MAX, 'planTooLong', { language: 'fr' }).filter(
      (c) => c.code === 'invalid_input',
    ),
    invalid('a language Calepin does not speak', (t) => ({ ...validPlan(t), language: 'es' }), [
      issue(['language'], 'invalidChoice'),
    ]),
    noPrinter('a plan, with no printer', validPlan),
  ],
  'approvals.read': replyCases,
  'approvals.apply': replyCases,

  // The calendar file methods' own bad files (encodings, delimiters, columns) are tested with them;
  // these are the malformed calls every method must refuse.
  'calendar.exportIcs': rangeCases({}),
  'calendar.exportCsv': [
    ...rangeCases({ delimiter: ';' }),
    invalid('tab delimiter', (t) => ({ ...validRange(t), delimiter: '\t' }), [
      issue(['delimiter'], 'invalidChoice'),
    ]),
  ],
  'calendar.importCsv': [
    invalid('missing commit', (t) => ({ clientId: t.clientId, base64: '' }), [issue(['commit'], 'required')]),
    invalid('file is not base64', (t) => ({ clientId: t.clientId, base64: 'date;heure!', commit: true }), [
      issue(['base64'], 'invalid'),
    ]),
    invalid('skipped line 0', (t) => ({ clientId: t.clientId, base64: '', skipLines: [0], commit: true }), [
      issue(['skipLines', '0'], 'tooSmall', { min: 1 }),
    ]),
    invalid(
      'unknown extra field',
      (t) => ({ clientId: t.clientId, base64: '', commit: true, path: '/etc/passwd' }),
      [issue(['path'], 'unknownField')],
    ),
    notFound('unknown client', () => ({ clientId: MISSING_ID, base64: '', commit: true })),
    notFound('client in the trash', (t) => ({ clientId: t.trashedClientId, base64: '', commit: false })),
    // Bad files: a clear issue each, and nothing imported.
    invalid(
      'file over 10 MB',
      (t) => ({ clientId: t.clientId, base64: 'A'.repeat(IMPORT_BASE64_MAX + 4), commit: false }),
      [issue(['base64'], 'fileTooBig')],
    ),
    invalid(
      'Windows-1252 file',
      (t) => ({ clientId: t.clientId, base64: csvFile(CP1252_CSV, 'latin1'), commit: true }),
      [issue(['file'], 'csvEncoding')],
    ),
    invalid('tab-delimited file', (t) => ({ clientId: t.clientId, base64: csvFile(TAB_CSV), commit: true }), [
      issue(['file'], 'csvUnknownColumns', {
        columns: 'date\ttime\tchannel',
        expected: POST_CSV_COLUMNS.join(', '),
      }),
      issue(['file'], 'csvMissingColumns', {
        columns: 'date, time, channel',
        expected: POST_CSV_COLUMNS.join(', '),
      }),
    ]),
    invalid(
      'a row with a negative budget, committed',
      (t) => ({ clientId: t.clientId, base64: csvFile(NEGATIVE_BUDGET_CSV), commit: true }),
      [issue(['rows', '3', 'budget'], 'negativeBudget', { value: '-5' })],
    ),
  ],

  'imports.preview': [
    invalid('neither bytes nor an upload', (t) => ({ clientId: t.clientId, fileName: 'a.csv' }), [
      issue(['base64'], 'invalid'),
    ]),
    invalid(
      'both bytes and an upload',
      (t) => ({ clientId: t.clientId, fileName: 'a.csv', base64: 'AAAA', uploadId: MISSING_ID }),
      [issue(['base64'], 'invalid')],
    ),
    invalid('bytes not base64', (t) => ({ clientId: t.clientId, fileName: 'a.csv', base64: 'Post ID!' }), [
      issue(['base64'], 'invalid'),
    ]),
    invalid(
      'over 10 MB in one call',
      (t) => ({ clientId: t.clientId, fileName: 'a.csv', base64: 'A'.repeat(IMPORT_BASE64_MAX + 4) }),
      [issue(['base64'], 'fileTooBig')],
    ),
    invalid('no file name', (t) => ({ clientId: t.clientId, fileName: ' ', base64: b64(IG_EXPORT) }), [
      issue(['fileName'], 'required'),
    ]),
    invalid(
      'a mapping to a meaning Calepin does not have',
      (t) => ({
        clientId: t.clientId,
        fileName: 'a.csv',
        base64: b64(IG_EXPORT),
        mapping: { columns: { 0: 'likes' } },
      }),
      [issue(['mapping', 'columns', '0'], 'invalidChoice')],
    ),
    notFound('unknown client', () => ({ clientId: MISSING_ID, fileName: 'a.csv', base64: b64(IG_EXPORT) })),
    notFound('unknown upload', (t) => ({ clientId: t.clientId, fileName: 'a.csv', uploadId: MISSING_ID })),
    invalid(
      'a Windows-1252 file',
      (t) => ({
        clientId: t.clientId,
        fileName: 'a.csv',
        base64: Buffer.from('Post ID;Légende\n1;Café', 'latin1').toString('base64'),
      }),
      [issue(['file'], 'importEncoding')],
    ),
    invalid(
      'a zip of 101 files',
      (t) => ({
        clientId: t.clientId,
        fileName: 'a.zip',
        base64: writeZip(
          Array.from({ length: 101 }, (_, i) => ({ name: `${i}.csv`, data: Buffer.from('a,b\n1,2') })),
        ).toString('base64'),
      }),
      [issue(['file'], 'zipTooManyEntries', { max: 100 })],
    ),
    invalid(
      'a zip that expands past 200 MB',
      (t) => ({
        clientId: t.clientId,
        fileName: 'a.zip',
        base64: writeZip([
          { name: 'Content.csv', data: Buffer.from('a,b\n1,2'), declaredSize: 210 * 1024 * 1024 },
        ]).toString('base64'),
      }),
      [issue(['file'], 'zipTooLarge', { max: 200 * 1024 * 1024 })],
    ),
    invalid(
      'another client’s channel',
      (t) => ({
        clientId: t.clientId,
        fileName: 'a.csv',
        base64: b64(IG_EXPORT),
        channelId: t.otherClientChannelId,
      }),
      [issue(['channelId'], 'otherClient')],
    ),
    invalid(
      'numbers read on a day after today',
      (t) => ({ clientId: t.clientId, fileName: 'a.csv', base64: b64(IG_EXPORT), asOf: '2026-12-25' }),
      [issue(['asOf'], 'futureDate', { date: TODAY })],
    ),
  ],
  'imports.uploadBegin': [
    invalid('over 50 MB', () => ({ size: 51 * 1024 * 1024 }), [issue(['size'], 'fileTooBig')]),
    invalid('empty', () => ({ size: 0 }), [issue(['size'], 'tooSmall', { min: 1 })]),
  ],
  'imports.uploadChunk': [
    invalid('not base64', () => ({ uploadId: MISSING_ID, offset: 0, base64: '<script>' }), [
      issue(['base64'], 'invalid'),
    ]),
    notFound('unknown upload', () => ({ uploadId: MISSING_ID, offset: 0, base64: 'AAAA' })),
  ],
  'imports.uploadCancel': [
    invalid('upload id not a uuid', () => ({ uploadId: '../../etc' }), [issue(['uploadId'], 'invalidId')]),
    notFound('unknown upload', () => ({ uploadId: MISSING_ID })),
  ],
  'imports.commit': [
    invalid('missing import id', () => ({}), [issue(['importId'], 'required')]),
    invalid('skipped line 0', () => ({ importId: MISSING_ID, skipLines: [0] }), [
      issue(['skipLines', '0'], 'tooSmall', { min: 1 }),
    ]),
    invalid(
      'a negative follower count',
      () => ({ importId: MISSING_ID, knownFollowers: { on: TODAY, count: -1 } }),
      [issue(['knownFollowers', 'count'], 'tooSmall', { min: 0 })],
    ),
    notFound('a preview that does not exist', () => ({ importId: MISSING_ID })),
  ],
  'imports.undo': [
    invalid('import id not a uuid', () => ({ importId: 'last' }), [issue(['importId'], 'invalidId')]),
    notFound('an import that does not exist', () => ({ importId: MISSING_ID })),
  ],
  'trash.list': [
    invalid('input is a number', () => 5, [issue([], 'invalidType')]),
    invalid('unknown extra field', () => ({ type: 'client' }), [issue(['type'], 'unknownField')]),
  ],
  'trash.restore': trashRefCases,
  'trash.restoreMany': [
    invalid('no refs', () => ({ refs: [] }), [issue(['refs'], 'tooSmall', { min: 1 })]),
    invalid('missing refs', () => ({}), [issue(['refs'], 'required')]),
    invalid('a single ref, not a list', (t) => ({ type: 'post', id: t.trashedPostId }), [
      issue(['refs'], 'required'),
      issue(['type'], 'unknownField'),
      issue(['id'], 'unknownField'),
    ]),
    invalid('unknown type in the list', (t) => ({ refs: [{ type: 'attachment', id: t.trashedPostId }] }), [
      issue(['refs', '0', 'type'], 'invalidChoice'),
    ]),
    invalid(
      'id is not a uuid',
      (t) => ({
        refs: [
          { type: 'post', id: t.trashedPostId },
          { type: 'post', id: '1' },
        ],
      }),
      [issue(['refs', '1', 'id'], 'invalidId')],
    ),
    invalid(
      'over 1000 refs',
      (t) => ({ refs: Array.from({ length: 1001 }, () => ({ type: 'post', id: t.trashedPostId })) }),
      [issue(['refs'], 'tooBig', { max: 1000 })],
    ),
    // All or nothing: the trashed items before the bad one stay in the trash.
    notFound('a live post among trashed ones', (t) => ({
      refs: [
        { type: 'post', id: t.trashedPostId },
        { type: 'pillar', id: t.trashedPillarId },
        { type: 'post', id: t.postId },
      ],
    })),
    notFound('an unknown id among trashed ones', (t) => ({
      refs: [
        { type: 'channel', id: t.trashedChannelId },
        { type: 'client', id: MISSING_ID },
      ],
    })),
    notFound('the same item twice', (t) => ({
      refs: [
        { type: 'post', id: t.trashedPostId },
        { type: 'post', id: t.trashedPostId },
      ],
    })),
  ],
  'trash.purge': trashRefCases,

  'app.flushed': [
    invalid('missing id', () => ({}), [issue(['id'], 'required')]),
    invalid('negative id', () => ({ id: -1 }), [issue(['id'], 'tooSmall', { min: 0 })]),
  ],
  'backups.list': [invalid('input is a string', () => 'all', [issue([], 'invalidType')])],
  'backups.create': [
    invalid('unknown extra field', () => ({ name: 'mine' }), [issue(['name'], 'unknownField')]),
  ],
  'backups.restore': [
    invalid('a path instead of a name', () => ({ name: '../calepin.sqlite' }), [issue(['name'], 'invalid')]),
    invalid('missing name', () => ({}), [issue(['name'], 'required')]),
    {
      what: 'a backup that does not exist',
      input: () => ({ name: 'manual-20200101T000000Z.sqlite' }),
      code: 'not_found',
      issues: [issue(['name'], 'noBackup')],
    },
  ],
  'backups.delete': [
    invalid('an absolute path', () => ({ name: '/etc/passwd' }), [issue(['name'], 'invalid')]),
    {
      what: 'a backup that does not exist',
      input: () => ({ name: 'calepin-20200101T000000Z.sqlite' }),
      code: 'not_found',
      issues: [issue(['name'], 'noBackup')],
    },
  ],
  'backups.setKeep': [
    invalid('zero', () => ({ keep: 0 }), [issue(['keep'], 'tooSmall', { min: 1 })]),
    invalid('over 100', () => ({ keep: 101 }), [issue(['keep'], 'tooBig', { max: 100 })]),
    invalid('a fraction', () => ({ keep: 2.5 }), [issue(['keep'], 'invalidType')]),
  ],
  'workspace.export': [invalid('input is an array', () => [], [issue([], 'invalidType')])],
  'workspace.importBegin': [
    invalid('empty name', () => ({ name: ' ', size: 10 }), [issue(['name'], 'required')]),
    invalid('over 64 GB', () => ({ name: 'a.calepin', size: 65 * 1024 ** 3 }), [
      issue(['size'], 'fileTooBig'),
    ]),
  ],
  'workspace.importChunk': [
    invalid('not base64', () => ({ uploadId: MISSING_ID, offset: 0, base64: '<script>' }), [
      issue(['base64'], 'invalid'),
    ]),
    notFound('unknown upload', () => ({ uploadId: MISSING_ID, offset: 0, base64: 'AAAA' })),
  ],
  'workspace.importCancel': [
    invalid('upload id not a uuid', () => ({ uploadId: '../../etc' }), [issue(['uploadId'], 'invalidId')]),
  ],
  'workspace.import': [
    invalid('missing upload id', () => ({}), [issue(['uploadId'], 'required')]),
    notFound('unknown upload', () => ({ uploadId: MISSING_ID })),
  ],
  'recovery.retry': [invalid('input is a number', () => 1, [issue([], 'invalidType')])],
  // The workspace is open: there is nothing to start over from.
  'recovery.startEmpty': [{ what: 'while a workspace is open', input: () => undefined, code: 'conflict' }],
} satisfies Record<Method, readonly BadCase[]>;
