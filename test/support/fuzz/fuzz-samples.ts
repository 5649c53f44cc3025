import type { Method } from '../../../shared/contract.ts';
import { REPORT_SECTIONS } from '../../../shared/domain/report.ts';
import { jpegFile, pngFile } from '../seeds/media-files.ts';
import type { FuzzSeed } from './fuzz-seed.ts';

/** The seeded workspace, plus an upload the fuzzed core has open (uploads live in memory). */
export interface SampleContext extends FuzzSeed {
  uploadId: string;
}

/** A call that would succeed on client A: the fuzz only ever sends broken versions of it. */
export interface FuzzSample {
  input: unknown;
  /** Keys whose ids only narrow a list (a saved filter may name a channel since deleted). */
  filters?: readonly string[];
  /**
   * Whether swapping ids for client B's counterparts must be refused. 'some': replacing some of its
   * ids, not all, mixes two clients' rows. 'any': even all of them, since the input carries A's rows
   * in its content too (a CSV naming A's channels). Absent: the call names one client's rows only,
   * and B's version of it is a call B could make.
   */
  otherClient?: 'some' | 'any';
}

const csv = (lines: string[]) => Buffer.from(`${lines.join('\n')}\n`, 'utf8').toString('base64');
const JPEG_HEAD = jpegFile(64).toString('base64');
const PNG = pngFile(8, 8).toString('base64');
const SQLITE_HEAD = Buffer.from('SQLite format 3\u0000', 'latin1').toString('base64');

const byId = (id: string): FuzzSample[] => [{ input: { id } }];
const byClient = (s: SampleContext): FuzzSample[] => [{ input: { clientId: s.a.clientId } }];
const range = (s: SampleContext) => ({ clientId: s.a.clientId, from: '2026-11-01', to: '2026-12-01' });
const none: FuzzSample[] = [{ input: undefined }, { input: {} }];

/**
 * Valid inputs per method, on the seeded workspace. A method missing here (one added later) is still
 * fuzzed, from its malformed cases in `bad-input-cases.ts`, with every payload family except those
 * that need a valid call to start from.
 */
export const FUZZ_SAMPLES: Partial<Record<Method, (s: SampleContext) => FuzzSample[]>> = {
  'app.info': () => none,
  'app.dataChecked': () => none,
  'prefs.get': () => none,
  'prefs.set': () => [
    { input: { theme: 'light', language: 'en' } },
    { input: { windowBounds: { x: 10, y: 10, width: 1200, height: 800 } } },
    { input: { workspacePanes: { main: { calendar: 70, side: 30 }, side: { day: 50, notes: 50 } } } },
  ],

  'clients.list': () => [{ input: undefined }, { input: { includeArchived: true } }],
  'clients.get': (s) => byId(s.a.clientId),
  'clients.create': () => [
    { input: { name: 'Atelier', color: '#29A36A', timeZone: 'Europe/Paris', notes: 'Nouvelle cliente' } },
  ],
  'clients.update': (s) => [
    {
      input: { id: s.a.clientId, name: 'Atelier', color: '#29A36A', timeZone: 'America/Montreal', notes: '' },
    },
  ],
  'clients.archive': (s) => [{ input: { id: s.a.clientId, archived: true } }],
  'clients.delete': (s) => byId(s.a.clientId),

  'channels.list': (s) => [{ input: { clientId: s.a.clientId, includeArchived: true } }],
  'channels.create': (s) => [
    { input: { clientId: s.a.clientId, network: 'x', handle: '@nouveau', url: '' } },
  ],
  'channels.update': (s) => [
    { input: { id: s.a.channelId, handle: '@autre', url: 'https://www.instagram.com/autre' } },
  ],
  'channels.archive': (s) => [{ input: { id: s.a.channelId, archived: true } }],
  'channels.delete': (s) => byId(s.a.channelId),

  'posts.list': (s) => [
    {
      input: {
        ...range(s),
        channelIds: [s.a.channelId],
        pillarIds: [s.a.pillarId],
        segmentIds: [s.a.segmentId],
        statuses: ['draft', 'published'],
        search: 'pain',
        limit: 100,
      },
      filters: ['channelIds', 'pillarIds', 'segmentIds'],
    },
  ],
  'posts.get': (s) => byId(s.a.postId),
  'posts.create': (s) => [
    {
      input: {
        clientId: s.a.clientId,
        channelId: s.a.channelId,
        date: '2026-12-02',
        time: '09:30',
        status: 'ready',
        format: 'image',
        caption: 'Galette des rois',
        linkUrl: 'https://example.com/galette',
        pillarId: s.a.pillarId,
        campaign: 'Noël',
        paid: true,
        budgetCents: 1000,
        notes: '',
        segmentIds: [s.a.segmentId],
      },
      otherClient: 'some',
    },
  ],
  'posts.update': (s) => [
    {
      input: {
        id: s.a.postId,
        channelId: s.a.channel2Id,
        pillarId: s.a.pillarId,
        segmentIds: [s.a.segmentId],
        caption: 'Bûche',
      },
      otherClient: 'some',
    },
  ],
  'posts.move': (s) => [
    { input: { ids: [s.a.postId, s.a.publishedPostId], date: '2026-12-01', time: '11:00' } },
  ],
  'posts.setStatus': (s) => [{ input: { ids: [s.a.postId], status: 'ready' } }],
  'posts.duplicate': (s) => [
    { input: { id: s.a.postId, channelIds: [s.a.channel2Id], dates: ['2026-12-03'] }, otherClient: 'some' },
  ],
  'posts.copy': (s) => [{ input: { ids: [s.a.postId, s.a.storyPostId], days: 7 } }],
  'posts.delete': (s) => [{ input: { ids: [s.a.postId, s.a.paidPostId] } }],
  'posts.campaigns': byClient,

  'attachments.begin': (s) => [{ input: { postId: s.a.postId, name: 'photo.jpg', size: 64 } }],
  'attachments.chunk': (s) => [{ input: { uploadId: s.uploadId, offset: 0, base64: JPEG_HEAD } }],
  'attachments.finish': (s) => [{ input: { uploadId: s.uploadId, width: 8, height: 8, thumbnail: null } }],
  'attachments.cancel': (s) => [{ input: { uploadId: s.uploadId } }],
  'attachments.remove': (s) => byId(s.attachmentId),

  'pillars.list': byClient,
  'pillars.create': (s) => [{ input: { clientId: s.a.clientId, name: 'Coulisses', color: '#29A36A' } }],
  'pillars.update': (s) => [{ input: { id: s.a.pillarId, name: 'Savoir-faire', color: '#5C6B73' } }],
  'pillars.delete': (s) => byId(s.a.pillarId),

  'segments.list': byClient,
  'segments.create': (s) => [
    {
      input: {
        clientId: s.a.clientId,
        name: 'Étudiants',
        ages: { '18-24': 100 },
        networks: ['instagram'],
        places: [{ kind: 'city', name: 'Lyon', share: 40 }],
      },
    },
  ],
  'segments.update': (s) => [{ input: { id: s.a.segmentId, name: 'Familles', interests: ['Pique-nique'] } }],
  'segments.delete': (s) => byId(s.a.segmentId),
  'segments.tags': byClient,

  'metrics.grid': (s) => [
    { input: { ...range(s), channelIds: [s.a.channelId], on: '2026-11-25' }, filters: ['channelIds'] },
  ],
  'metrics.save': (s) => [
    {
      input: {
        on: '2026-11-25',
        cells: [
          { postId: s.a.publishedPostId, metric: 'reach', value: 800 },
          { postId: s.a.paidPostId, metric: 'spend', value: 2000 },
          { postId: s.a.storyPostId, metric: 'storyExits', value: 3 },
        ],
      },
      otherClient: 'some',
    },
  ],
  'metrics.history': (s) => [{ input: { postId: s.a.publishedPostId } }],

  'followers.latest': (s) => [{ input: { clientId: s.a.clientId, on: '2026-11-25' } }],
  'followers.list': (s) => [{ input: range(s) }],
  'followers.save': (s) => [
    {
      input: {
        clientId: s.a.clientId,
        on: '2026-11-25',
        entries: [
          { channelId: s.a.channelId, followers: 1300, profileVisits: 40 },
          { channelId: s.a.channel2Id, followers: 200 },
        ],
      },
      otherClient: 'some',
    },
  ],

  'objectives.list': byClient,
  'objectives.create': (s) => [
    {
      input: {
        clientId: s.a.clientId,
        channelId: s.a.channelId,
        title: 'Doubler la portée',
        kpi: 'reach',
        baseline: 1000,
        target: 2000,
        goal: 'awareness',
        why: '',
        startOn: '2026-12-01',
        deadline: '2027-03-01',
      },
      otherClient: 'some',
    },
  ],
  'objectives.update': (s) => [
    {
      input: { id: s.a.objectiveId, channelId: s.a.channelId, title: 'Passer à 2 000 abonnés' },
      otherClient: 'some',
    },
  ],
  'objectives.delete': (s) => byId(s.a.objectiveId),
  'kpis.dashboard': (s) => [{ input: { ...range(s), previousFrom: '2026-10-01', basis: 'reach' } }],
  'audits.list': byClient,
  'audits.get': (s) => byId(s.a.auditId),
  'audits.create': (s) => [
    {
      input: {
        clientId: s.a.clientId,
        title: 'Bilan de décembre',
        from: '2026-12-01',
        to: '2027-01-01',
        basis: 'reach',
      },
    },
  ],
  'audits.update': (s) => [
    {
      input: {
        id: s.a.auditId,
        title: 'Bilan de fin d’année',
        to: '2026-12-01',
        basis: 'impressions',
        finished: true,
        answers: [
          { question: 1, score: 4, notes: 'Les reels du jeudi' },
          { question: 6, score: null },
        ],
        actions: [
          { id: s.a.actionId, question: 1, text: 'Deux reels par semaine' },
          { text: 'Suivre Petit' },
        ],
      },
      otherClient: 'some',
    },
  ],
  'audits.delete': (s) => byId(s.a.auditId),
  'audits.act': (s) => [
    {
      input: {
        actionId: s.a.actionId,
        as: 'objective',
        objective: {
          channelId: s.a.channelId,
          title: 'Deux reels par semaine',
          kpi: 'reach',
          baseline: 1000,
          target: 2000,
          goal: 'awareness',
          startOn: '2026-12-01',
          deadline: '2027-03-01',
        },
      },
      otherClient: 'some',
    },
    // A pillar names no other row: the other client's action makes the other client's pillar.
    { input: { actionId: s.a.actionId, as: 'pillar', pillar: { name: 'Coulisses', color: '#336699' } } },
    {
      input: {
        actionId: s.a.actionId,
        as: 'post',
        post: {
          channelId: s.a.channelId,
          date: '2026-12-10',
          time: '09:00',
          format: 'reel',
          pillarId: s.a.pillarId,
          segmentIds: [s.a.segmentId],
        },
      },
      otherClient: 'some',
    },
  ],
  'audits.figures': (s) => [{ input: { ...range(s), basis: 'followers' } }],

  'competitors.list': (s) => [{ input: { clientId: s.a.clientId, includeArchived: true } }],
  'competitors.create': (s) => [
    {
      input: {
        clientId: s.a.clientId,
        name: 'Boulangerie Durand',
        color: '#29A36A',
        notes: 'Ouverte le dimanche',
        tags: ['Quartier'],
        accounts: [
          { network: 'instagram', handle: '@durand', url: 'https://www.instagram.com/durand' },
          { network: 'facebook', handle: 'Boulangerie Durand' },
        ],
      },
    },
  ],
  'competitors.update': (s) => [
    {
      input: {
        id: s.a.competitorId,
        name: 'Boulangerie Petit & Fils',
        accounts: [
          { id: s.a.competitorAccountId, network: 'instagram', handle: '@petit.pain' },
          { network: 'tiktok', handle: '@petit.pain' },
        ],
      },
      otherClient: 'some',
    },
  ],
  'competitors.archive': (s) => [{ input: { id: s.a.competitorId, archived: true } }],
  'competitors.delete': (s) => byId(s.a.competitorId),
  'competitors.readings': (s) => [{ input: { clientId: s.a.clientId, on: '2026-11-25' } }],
  'competitors.saveReadings': (s) => [
    {
      input: {
        clientId: s.a.clientId,
        on: '2026-11-25',
        rows: [
          {
            accountId: s.a.competitorAccountId,
            followers: 5300,
            posts: 2,
            engagementsPerPost: 38.5,
            standoutUrl: 'https://www.instagram.com/p/BUCHE/',
            standoutNote: 'La bûche',
          },
        ],
      },
      otherClient: 'some',
    },
  ],
  'competitors.benchmark': (s) => [{ input: range(s) }],

  'mentions.list': (s) => [
    {
      input: {
        ...range(s),
        search: 'pain',
        subjects: ['brand', `competitor:${s.a.competitorId}`, 'topic:#painaulevain'],
        sentiments: ['positive', 'neutral'],
        networks: ['instagram', 'x'],
        limit: 100,
      },
    },
  ],
  'mentions.create': (s) => [
    {
      input: {
        clientId: s.a.clientId,
        date: '2026-11-25',
        time: '09:00',
        network: 'instagram',
        author: '@client.fidele',
        authorAudience: 120,
        text: 'Meilleure que la boulangerie Petit',
        url: 'https://www.instagram.com/p/COMMENT/',
        subject: { kind: 'competitor', competitorId: s.a.competitorId },
        sentiment: 'neutral',
        tags: ['Avis'],
        postId: s.a.publishedPostId,
      },
      otherClient: 'some',
    },
  ],
  'mentions.createMany': (s) => [
    {
      input: {
        clientId: s.a.clientId,
        mentions: [
          {
            date: '2026-11-24',
            time: '18:00',
            network: 'facebook',
            text: 'Merci pour le pain de mie',
            subject: { kind: 'brand' },
            sentiment: 'positive',
            postId: s.a.publishedPostId,
          },
          {
            date: '2026-11-25',
            time: '07:45',
            network: 'instagram',
            url: 'https://www.instagram.com/p/PETIT2/',
            subject: { kind: 'competitor', competitorId: s.a.competitorId },
            sentiment: 'negative',
          },
        ],
      },
      otherClient: 'some',
    },
  ],
  'mentions.update': (s) => [
    {
      input: {
        id: s.a.mentionId,
        sentiment: 'neutral',
        subject: { kind: 'competitor', competitorId: s.a.competitorId },
        postId: s.a.publishedPostId,
      },
      otherClient: 'some',
    },
  ],
  'mentions.delete': (s) => [{ input: { ids: [s.a.mentionId] } }],
  'mentions.terms': byClient,
  'mentions.mapping': () => [{ input: { signature: 'date\u001fauteur\u001ftexte' } }],
  'mentions.setTerms': (s) => [
    {
      input: {
        clientId: s.a.clientId,
        terms: [
          { term: 'Petit', subject: { kind: 'competitor', competitorId: s.a.competitorId } },
          { term: '#croissant', subject: { kind: 'topic', topic: '#croissant' } },
        ],
      },
      otherClient: 'some',
    },
  ],

  'ideas.list': (s) => [
    {
      input: {
        clientId: s.a.clientId,
        statuses: ['new', 'planned'],
        tags: ['Fêtes'],
        networks: ['instagram'],
        pillarIds: [s.a.pillarId],
        search: 'galette',
        sort: 'useBefore',
        limit: 100,
      },
      filters: ['pillarIds'],
    },
    { input: { clientId: null } },
  ],
  'ideas.create': (s) => [
    {
      input: {
        clientId: s.a.clientId,
        title: 'Chandeleur',
        notes: 'Crêpes au sarrasin',
        sourceUrl: 'https://example.com/crepes',
        tags: ['Fêtes'],
        pillarId: s.a.pillarId,
        network: 'tiktok',
        segmentId: s.a.segmentId,
        useBefore: '2027-02-02',
        status: 'new',
      },
      otherClient: 'some',
    },
    // The expert is every client's: kept apart, so swapping the rest for B's is not a mix.
    { input: { clientId: s.a.clientId, title: 'Les notes Instagram', expertId: s.expertId } },
    { input: { clientId: null, title: 'Journée mondiale du chocolat', tags: ['Chocolat'] } },
  ],
  'ideas.update': (s) => [
    {
      input: {
        id: s.a.ideaId,
        title: 'Galette des rois maison',
        pillarId: s.a.pillarId,
        segmentId: s.a.segmentId,
        status: 'planned',
      },
      otherClient: 'some',
    },
    { input: { id: s.sharedIdeaId, clientId: s.a.clientId, expertId: s.expertId } },
  ],
  'ideas.delete': (s) => [...byId(s.a.ideaId), ...byId(s.sharedIdeaId)],
  'ideas.toPost': (s) => [
    {
      input: { id: s.a.ideaId, channelId: s.a.channelId, date: '2026-12-03', time: '09:00' },
      otherClient: 'some',
    },
    { input: { id: s.sharedIdeaId, channelId: s.a.channelId, date: '2026-12-04', time: '08:00' } },
  ],
  'ideas.setPicture': (s) => [
    { input: { id: s.a.ideaId, file: { name: 'vitrine.png', base64: PNG } } },
    { input: { id: s.sharedIdeaId, file: null } },
  ],
  'ideas.tags': byClient,

  'experts.list': () => none,
  'experts.create': () => [
    {
      input: {
        name: 'Hootsuite Blog',
        topic: 'Tendances',
        network: null,
        url: 'https://blog.hootsuite.com',
        why: 'Les chiffres de chaque réseau',
      },
    },
  ],
  'experts.update': (s) => [{ input: { id: s.expertId, topic: 'Instagram', network: 'instagram' } }],
  'experts.delete': (s) => byId(s.expertId),

  'trends.list': (s) => [{ input: { clientId: s.a.clientId, includeExpired: true } }],
  'trends.create': (s) => [
    {
      input: {
        clientId: s.a.clientId,
        text: 'Les carrousels « avant / après »',
        url: 'https://www.instagram.com/p/TREND/',
        network: 'instagram',
        notedOn: '2026-11-25',
        expiresOn: '2027-01-15',
      },
    },
  ],
  'trends.update': (s) => [
    { input: { id: s.a.trendId, text: 'Cet audio monte encore', expiresOn: '2027-01-10' } },
  ],
  'trends.delete': (s) => byId(s.a.trendId),

  'dates.list': (s) => [{ input: range(s) }],
  'dates.sets': byClient,
  'dates.setSets': (s) => [{ input: { clientId: s.a.clientId, sets: ['fr-holidays', 'world-days'] } }],
  'dates.custom': byClient,
  'dates.create': (s) => [
    {
      input: {
        clientId: s.a.clientId,
        name: 'Salon du chocolat',
        rule: { kind: 'nth', month: 10, weekday: 3, nth: -1 },
        days: 5,
        notes: 'Stand 12',
      },
    },
  ],
  'dates.update': (s) => [
    {
      input: {
        id: s.a.recurringDateId,
        name: 'Vendredi saint',
        rule: { kind: 'easter', offset: -2 },
        days: 1,
      },
    },
  ],
  'dates.delete': (s) => byId(s.a.recurringDateId),

  'profile.get': () => none,
  'profile.update': () => [{ input: { name: 'Camille Durand' } }, { input: { name: '' } }],
  'profile.setLogo': () => [
    { input: { file: { name: 'logo.png', base64: PNG } } },
    { input: { file: null } },
  ],

  'reports.list': byClient,
  'reports.get': (s) => byId(s.a.reportId),
  'reports.create': (s) => [
    {
      input: {
        clientId: s.a.clientId,
        kind: 'month',
        from: '2026-10-01',
        to: '2026-11-01',
        language: 'en',
        paper: 'letter',
        title: 'October',
      },
    },
    {
      input: { clientId: s.a.clientId, kind: 'custom', from: '2026-01-01', to: '2027-01-01', language: 'fr' },
    },
  ],
  'reports.update': (s) => [
    {
      input: {
        id: s.a.reportId,
        title: 'Novembre, avec les fêtes',
        language: 'en',
        paper: 'letter',
        sections: [...REPORT_SECTIONS].reverse().map((id) => ({ id, on: id !== 'benchmark' })),
        summary: 'Un mois porté par les reels.',
        recommendations: 'Deux reels par semaine.',
      },
    },
  ],
  'reports.refresh': (s) => byId(s.a.reportId),
  'reports.delete': (s) => byId(s.a.reportId),
  // The app's printer would print it; the fuzzed core has none, like the web host.
  'reports.pdf': (s) => byId(s.a.reportId),

  'approvals.export': (s) => [
    { input: { clientId: s.a.clientId, from: '2026-11-26', to: '2026-12-26', language: 'en' } },
  ],
  'approvals.pdf': (s) => [
    { input: { clientId: s.a.clientId, from: '2026-11-26', to: '2027-01-26', language: 'fr' } },
  ],
  // The reply carries A's plan in its sealed text: opened in B's calendar, it is refused.
  'approvals.read': (s) => [{ input: { clientId: s.a.clientId, text: s.reply }, otherClient: 'any' }],
  // As an e-mail quotes it.
  'approvals.apply': (s) => [
    { input: { clientId: s.a.clientId, text: `> ${s.reply.replace(/\n/g, '\n> ')}` }, otherClient: 'any' },
  ],

  'calendar.exportIcs': (s) => [{ input: range(s) }],
  'calendar.exportCsv': (s) => [{ input: { ...range(s), delimiter: ';' } }],
  'calendar.importCsv': (s) => [
    {
      input: {
        clientId: s.a.clientId,
        base64: csv([
          'date,time,channel,caption',
          '2026-12-04,10:00,instagram:@boulangerie.martin,Chouquettes',
        ]),
        skipLines: [],
        commit: true,
      },
      otherClient: 'any',
    },
  ],

  'trash.list': () => none,
  'trash.restore': (s) => [
    { input: { type: 'post', id: s.trashed.postId } },
    { input: { type: 'client', id: s.trashed.clientId } },
    { input: { type: 'competitor', id: s.trashed.competitorId } },
    { input: { type: 'audit', id: s.trashed.auditId } },
    { input: { type: 'idea', id: s.trashed.ideaId } },
    { input: { type: 'report', id: s.trashed.reportId } },
  ],
  'trash.restoreMany': (s) => [
    {
      input: {
        refs: [
          { type: 'channel', id: s.trashed.channelId },
          { type: 'segment', id: s.trashed.segmentId },
        ],
      },
    },
  ],
  'trash.purge': (s) => [
    { input: { type: 'pillar', id: s.trashed.pillarId } },
    { input: { type: 'objective', id: s.trashed.objectiveId } },
    { input: { type: 'mention', id: s.trashed.mentionId } },
    { input: { type: 'expert', id: s.trashed.expertId } },
    { input: { type: 'trendNote', id: s.trashed.trendId } },
    { input: { type: 'recurringDate', id: s.trashed.recurringDateId } },
  ],

  'app.flushed': () => [{ input: { id: 1 } }],
  'backups.list': () => none,
  'backups.create': () => none,
  'backups.restore': () => [{ input: { name: 'manual-20261126T090000Z.sqlite' } }],
  'backups.delete': () => [{ input: { name: 'calepin-20261126T090000Z.sqlite' } }],
  'backups.setKeep': () => [{ input: { keep: 5 } }],
  'workspace.export': () => none,
  'workspace.importBegin': () => [{ input: { name: 'atelier.calepin', size: 4096 } }],
  'workspace.importChunk': (s) => [{ input: { uploadId: s.uploadId, offset: 0, base64: SQLITE_HEAD } }],
  'workspace.importCancel': (s) => [{ input: { uploadId: s.uploadId } }],
  'workspace.import': (s) => [{ input: { uploadId: s.uploadId } }],
  'recovery.retry': () => none,
  'recovery.startEmpty': () => none,
};
