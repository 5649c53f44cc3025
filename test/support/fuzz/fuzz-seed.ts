import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageScriptData } from '../../../electron/services/approvals/page/page-dom.ts';
import { sealReply } from '../../../electron/services/approvals/page/page-seal.ts';
import { exportsDir } from '../../../electron/services/transfers/exports.ts';
import type { Input, Method, Output } from '../../../shared/contract.ts';
import type { MentionInput } from '../../../shared/domain/mention.ts';
import type { PostCreate } from '../../../shared/domain/post.ts';
import { PUBLISHED_ON, type Targets } from '../../integration/bad-input-cases.ts';
import { channelInput, clientInput, pillarInput, postInput } from '../seeds/inputs.ts';
import { pngFile } from '../seeds/media-files.ts';

/** Anything that runs a method and returns its value, on a data folder the seed can read (a test core). */
export interface Caller {
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Where the exported plan is written, for the seed to answer it as the client's page would. */
  readonly dataDir: string;
}

/** One client's rows, the same kinds for both clients so an id of A has a counterpart in B. */
export interface ClientRows {
  clientId: string;
  channelId: string;
  channel2Id: string;
  pillarId: string;
  segmentId: string;
  /** A draft planned after today: no numbers can be logged for it. */
  postId: string;
  publishedPostId: string;
  storyPostId: string;
  paidPostId: string;
  objectiveId: string;
  /** A competitor with two accounts (Instagram and Facebook) and a reading on 2026-11-22. */
  competitorId: string;
  /** The competitor's Instagram account. */
  competitorAccountId: string;
  /** A mention of the brand answering the published post; a mention of the competitor and one of a topic beside it. */
  mentionId: string;
  /** An audit of November, its first question scored, with two actions (the first one's id). */
  auditId: string;
  actionId: string;
  /** An idea with the client's pillar and segment, tagged 'Fêtes', from the expert. */
  ideaId: string;
  /** A trend note, 2026-11-20 to 2026-12-20. */
  trendId: string;
  /** A recurring date, 12 March; the calendar shows the French holidays. */
  recurringDateId: string;
  /** A report of November (2026-11-01 to 2026-12-01), in French. */
  reportId: string;
}
export type RowKind = keyof ClientRows;

/** Rows of client A in the trash: a reference to one of them is a reference to nothing. */
export interface TrashedRows {
  clientId: string;
  channelId: string;
  pillarId: string;
  segmentId: string;
  postId: string;
  objectiveId: string;
  competitorId: string;
  /** The trashed competitor's account. */
  competitorAccountId: string;
  mentionId: string;
  /** An audit with an action of its own: the action is gone with it. */
  auditId: string;
  actionId: string;
  ideaId: string;
  trendId: string;
  recurringDateId: string;
  /** Experts are every client's: this one is in the trash. */
  expertId: string;
  /** A report of October. */
  reportId: string;
}

export interface FuzzSeed {
  a: ClientRows;
  b: ClientRows;
  trashed: TrashedRows;
  /** An image on A's draft. */
  attachmentId: string;
  /** A competitor of A, archived, with an account of its own ('@ancienne.boulangerie'). */
  archivedCompetitorId: string;
  /** A mention of the competitor in the trash: it went there with it, and is hidden until it comes back. */
  hiddenMentionId: string;
  /** An account taken off A's live competitor: an update that lists it again brings it back. */
  removedAccountId: string;
  /** An expert to follow (every client's), the source of both clients' ideas. */
  expertId: string;
  /** An idea of the shared bank (clientId null). */
  sharedIdeaId: string;
  /** A client archived after a report of its November was made: it gets no new figures. */
  archivedClientId: string;
  archivedClientReportId: string;
  /**
   * A's plan of 2026-11-26 to 2026-12-26 (its draft) exported, and its client's reply as the page
   * writes it: the draft approved with a comment. Reading it answers; applying it writes.
   */
  reply: string;
}

interface ClientSpec {
  name: string;
  color: string;
  /** Handles differ between the clients, so a CSV naming A's channels means nothing to B. */
  instagram: string;
  linkedin: string;
  /** A competitor watched on Instagram and Facebook. */
  competitor: { name: string; instagram: string; facebook: string };
}

const A: ClientSpec = {
  name: 'Boulangerie Martin',
  color: '#E4572E',
  instagram: '@boulangerie.martin',
  linkedin: 'Boulangerie Martin',
  competitor: { name: 'Boulangerie Petit', instagram: '@petit.pain', facebook: 'Boulangerie Petit' },
};
const B: ClientSpec = {
  name: 'Fromagerie Dupont',
  color: '#F3A712',
  instagram: '@fromagerie.dupont',
  linkedin: 'Fromagerie Dupont',
  competitor: {
    name: 'Fromagerie Laurent',
    instagram: '@fromagerie.laurent',
    facebook: 'Fromagerie Laurent',
  },
};

async function seedClient(caller: Caller, spec: ClientSpec, expertId: string): Promise<ClientRows> {
  const client = await caller.call('clients.create', clientInput({ name: spec.name, color: spec.color }));
  const channel = await caller.call('channels.create', channelInput(client.id, { handle: spec.instagram }));
  const channel2 = await caller.call(
    'channels.create',
    channelInput(client.id, { network: 'linkedin', handle: spec.linkedin, url: '' }),
  );
  const pillar = await caller.call('pillars.create', pillarInput(client.id));
  const segment = await caller.call('segments.create', {
    clientId: client.id,
    name: 'Jeunes parents',
    ages: { '25-34': 60, '35-44': 40 },
    interests: ['Goûter'],
  });
  const post = (over: Partial<PostCreate>) =>
    caller.call('posts.create', postInput(client.id, channel.id, over));
  const draft = await post({ pillarId: pillar.id, segmentIds: [segment.id], campaign: 'Noël' });
  const published = (over: Partial<PostCreate>) =>
    post({ date: PUBLISHED_ON, status: 'published', format: 'image', ...over });
  const publishedPost = await published({ caption: 'Pain de mie' });
  const storyPost = await published({ format: 'story', time: '18:00' });
  const paidPost = await published({ paid: true, budgetCents: 3000, time: '12:00' });
  // Numbers already logged, which a refused call must leave as they are.
  await caller.call('metrics.save', {
    on: '2026-11-22',
    cells: [
      { postId: publishedPost.id, metric: 'reach', value: 640 },
      { postId: paidPost.id, metric: 'spend', value: 1500 },
    ],
  });
  await caller.call('followers.save', {
    clientId: client.id,
    on: '2026-11-23',
    entries: [{ channelId: channel.id, followers: 1240 }],
  });
  const objective = await caller.call('objectives.create', {
    clientId: client.id,
    channelId: channel.id,
    title: 'Passer à 1 500 abonnés',
    kpi: 'followers',
    baseline: 1000,
    target: 1500,
    goal: 'awareness',
    startOn: '2026-11-01',
    deadline: '2027-01-31',
  });
  const listening = await seedListening(caller, client.id, spec, publishedPost.id);
  const planning = await seedPlanning(caller, {
    clientId: client.id,
    pillarId: pillar.id,
    segmentId: segment.id,
    expertId,
  });
  const report = await caller.call('reports.create', {
    clientId: client.id,
    kind: 'month',
    from: '2026-11-01',
    to: '2026-12-01',
    language: 'fr',
    title: 'Bilan de novembre',
  });
  return {
    clientId: client.id,
    channelId: channel.id,
    channel2Id: channel2.id,
    pillarId: pillar.id,
    segmentId: segment.id,
    postId: draft.id,
    publishedPostId: publishedPost.id,
    storyPostId: storyPost.id,
    paidPostId: paidPost.id,
    objectiveId: objective.id,
    ...listening,
    ...planning,
    reportId: report.id,
  };
}

type PlanningRows = Pick<ClientRows, 'auditId' | 'actionId' | 'ideaId' | 'trendId' | 'recurringDateId'>;

/** An audit and its first action, with the audit's own rows around it. */
async function seedAudit(caller: Caller, clientId: string, title: string, actions: string[]) {
  const audit = await caller.call('audits.create', { clientId, title, from: '2026-11-01', to: '2026-11-26' });
  const updated = await caller.call('audits.update', {
    id: audit.id,
    answers: [{ question: 1, score: 3, notes: 'Les reels marchent mieux' }],
    actions: actions.map((text, i) => ({ text, question: i === 0 ? 1 : null })),
  });
  const [action] = updated.actions;
  if (!action) throw new Error(`${title} was saved without its actions`);
  return { auditId: audit.id, actionId: action.id };
}

/** An audit with its actions, an idea, a trend note, a recurring date and the date sets shown. */
async function seedPlanning(
  caller: Caller,
  rows: { clientId: string; pillarId: string; segmentId: string; expertId: string },
): Promise<PlanningRows> {
  const { clientId } = rows;
  const audit = await seedAudit(caller, clientId, 'Bilan de novembre', [
    'Plus de reels le jeudi',
    'Répondre aux commentaires sous 24 h',
  ]);
  const idea = await caller.call('ideas.create', {
    clientId,
    title: 'Galette des rois',
    notes: 'Frangipane ou brioche ?',
    sourceUrl: 'https://example.com/galettes',
    expertId: rows.expertId,
    tags: ['Fêtes'],
    pillarId: rows.pillarId,
    network: 'instagram',
    segmentId: rows.segmentId,
    useBefore: '2027-01-06',
  });
  const trend = await caller.call('trends.create', {
    clientId,
    text: 'Cet audio monte sur les Reels',
    url: 'https://www.instagram.com/reels/audio/1/',
    network: 'instagram',
    notedOn: '2026-11-20',
    expiresOn: '2026-12-20',
  });
  const date = await caller.call('dates.create', {
    clientId,
    name: 'Anniversaire de la boutique',
    rule: { kind: 'fixed', month: 3, day: 12 },
  });
  await caller.call('dates.setSets', { clientId, sets: ['fr-holidays', 'fr-commerce'] });
  return { ...audit, ideaId: idea.id, trendId: trend.id, recurringDateId: date.id };
}

const firstAccount = (competitor: Output<'competitors.create'>) => {
  const [account] = competitor.accounts;
  if (!account) throw new Error(`${competitor.name} was saved without its accounts`);
  return account;
};

/** A mention as the journal's form sends it, said a few days before the test clock's today. */
const mentionInput = (over: Partial<MentionInput>): MentionInput => ({
  date: '2026-11-21',
  time: '12:30',
  network: 'instagram',
  text: 'Le pain de mie est incroyable',
  subject: { kind: 'brand' },
  sentiment: 'positive',
  ...over,
});

/** A competitor with its reading, mentions of the brand, the competitor and a topic, and the watched terms. */
async function seedListening(
  caller: Caller,
  clientId: string,
  spec: ClientSpec,
  publishedPostId: string,
): Promise<Pick<ClientRows, 'competitorId' | 'competitorAccountId' | 'mentionId'>> {
  const competitor = await caller.call('competitors.create', {
    clientId,
    name: spec.competitor.name,
    color: '#5C6B73',
    tags: ['Quartier'],
    accounts: [
      { network: 'instagram', handle: spec.competitor.instagram },
      { network: 'facebook', handle: spec.competitor.facebook },
    ],
  });
  const instagram = firstAccount(competitor);
  // A reading already saved, which a refused call must leave as it is.
  await caller.call('competitors.saveReadings', {
    clientId,
    on: '2026-11-22',
    rows: [
      {
        accountId: instagram.id,
        followers: 5200,
        posts: 3,
        engagementsPerPost: 41.5,
        standoutUrl: 'https://www.instagram.com/p/PETIT/',
        standoutNote: 'La vidéo du pétrissage',
      },
    ],
  });
  const mention = await caller.call('mentions.create', {
    clientId,
    ...mentionInput({ author: '@fan.du.pain', authorAudience: 830, postId: publishedPostId, tags: ['Avis'] }),
  });
  await caller.call('mentions.createMany', {
    clientId,
    mentions: [
      mentionInput({
        date: '2026-11-22',
        time: '08:15',
        text: '',
        url: 'https://www.instagram.com/p/AVIS/',
        subject: { kind: 'competitor', competitorId: competitor.id },
        sentiment: 'neutral',
      }),
      mentionInput({
        date: '2026-11-24',
        time: '19:00',
        network: 'x',
        text: 'Trop de #painaulevain trop cher en ville',
        subject: { kind: 'topic', topic: '#painaulevain' },
        sentiment: 'negative',
      }),
    ],
  });
  await caller.call('mentions.setTerms', {
    clientId,
    terms: [
      { term: spec.name, subject: { kind: 'brand' } },
      { term: spec.competitor.name, subject: { kind: 'competitor', competitorId: competitor.id } },
      { term: '#painaulevain', subject: { kind: 'topic', topic: '#painaulevain' } },
    ],
  });
  return { competitorId: competitor.id, competitorAccountId: instagram.id, mentionId: mention.id };
}

type TrashSeed = Pick<FuzzSeed, 'trashed' | 'archivedCompetitorId' | 'hiddenMentionId' | 'removedAccountId'>;

async function seedTrash(caller: Caller, a: ClientRows): Promise<TrashSeed> {
  // Archived, not trashed: a refused call must leave it archived too.
  const archived = await caller.call(
    'channels.create',
    channelInput(a.clientId, { network: 'x', handle: 'old' }),
  );
  await caller.call('channels.archive', { id: archived.id, archived: true });
  const client = await caller.call('clients.create', clientInput({ name: 'Parti' }));
  await caller.call('clients.delete', { id: client.id });
  const channel = await caller.call('channels.create', channelInput(a.clientId, { handle: 'gone' }));
  await caller.call('channels.delete', { id: channel.id });
  const pillar = await caller.call('pillars.create', pillarInput(a.clientId, { name: 'Vieux' }));
  await caller.call('pillars.delete', { id: pillar.id });
  const segment = await caller.call('segments.create', { clientId: a.clientId, name: 'Retraités' });
  await caller.call('segments.delete', { id: segment.id });
  const post = await caller.call('posts.create', postInput(a.clientId, a.channelId, { caption: 'Supprimé' }));
  await caller.call('posts.delete', { ids: [post.id] });
  const objective = await caller.call('objectives.create', {
    clientId: a.clientId,
    title: 'Ancien objectif',
    kpi: 'reach',
    baseline: 0,
    target: 10_000,
    goal: 'awareness',
    startOn: '2026-10-01',
    deadline: '2026-10-31',
  });
  await caller.call('objectives.delete', { id: objective.id });
  const archivedCompetitor = await caller.call('competitors.create', {
    clientId: a.clientId,
    name: 'Ancienne Boulangerie',
    color: '#888888',
    accounts: [{ network: 'instagram', handle: '@ancienne.boulangerie' }],
  });
  await caller.call('competitors.archive', { id: archivedCompetitor.id, archived: true });
  const competitor = await caller.call('competitors.create', {
    clientId: a.clientId,
    name: 'Boulangerie Fermée',
    color: '#333333',
    accounts: [{ network: 'instagram', handle: '@fermee' }],
  });
  const hiddenMention = await caller.call('mentions.create', {
    clientId: a.clientId,
    ...mentionInput({ text: 'Elle ferme ?', subject: { kind: 'competitor', competitorId: competitor.id } }),
  });
  await caller.call('competitors.delete', { id: competitor.id });
  const mention = await caller.call('mentions.create', {
    clientId: a.clientId,
    ...mentionInput({ text: 'Message effacé', sentiment: 'neutral' }),
  });
  await caller.call('mentions.delete', { ids: [mention.id] });
  // An account taken off A's competitor: its id still names a row, but no longer a watched account.
  const listed = await caller.call('competitors.list', { clientId: a.clientId });
  const kept = listed.find((c) => c.id === a.competitorId)?.accounts ?? [];
  const added = await caller.call('competitors.update', {
    id: a.competitorId,
    accounts: [...kept, { network: 'tiktok', handle: '@petit.pain.old' }],
  });
  const removed = added.accounts.find((acc) => acc.network === 'tiktok');
  if (!removed) throw new Error('The account to remove was not saved');
  await caller.call('competitors.update', { id: a.competitorId, accounts: kept });
  const planning = await seedPlanningTrash(caller, a.clientId);
  return {
    trashed: {
      clientId: client.id,
      channelId: channel.id,
      pillarId: pillar.id,
      segmentId: segment.id,
      postId: post.id,
      objectiveId: objective.id,
      competitorId: competitor.id,
      competitorAccountId: firstAccount(competitor).id,
      mentionId: mention.id,
      ...planning,
    },
    archivedCompetitorId: archivedCompetitor.id,
    hiddenMentionId: hiddenMention.id,
    removedAccountId: removed.id,
  };
}

type PlanningTrash = Pick<
  TrashedRows,
  'auditId' | 'actionId' | 'ideaId' | 'trendId' | 'recurringDateId' | 'expertId' | 'reportId'
>;

/** An audit with its action, an idea, a trend note, a recurring date, an expert and a report, all in the trash. */
async function seedPlanningTrash(caller: Caller, clientId: string): Promise<PlanningTrash> {
  const audit = await seedAudit(caller, clientId, 'Bilan abandonné', ['Action oubliée']);
  await caller.call('audits.delete', { id: audit.auditId });
  const idea = await caller.call('ideas.create', { clientId, title: 'Idée jetée' });
  await caller.call('ideas.delete', { id: idea.id });
  const trend = await caller.call('trends.create', {
    clientId,
    text: 'Tendance passée',
    notedOn: '2026-11-01',
    expiresOn: '2026-12-01',
  });
  await caller.call('trends.delete', { id: trend.id });
  const date = await caller.call('dates.create', {
    clientId,
    name: 'Ancienne foire',
    rule: { kind: 'nth', month: 10, weekday: 6, nth: 1 },
  });
  await caller.call('dates.delete', { id: date.id });
  const expert = await caller.call('experts.create', { name: 'Blog fermé', url: 'https://example.com/blog' });
  await caller.call('experts.delete', { id: expert.id });
  const report = await caller.call('reports.create', {
    clientId,
    kind: 'month',
    from: '2026-10-01',
    to: '2026-11-01',
    language: 'fr',
  });
  await caller.call('reports.delete', { id: report.id });
  return {
    ...audit,
    ideaId: idea.id,
    trendId: trend.id,
    recurringDateId: date.id,
    expertId: expert.id,
    reportId: report.id,
  };
}

/** A client with a report of its November, archived since. */
async function seedArchivedClient(caller: Caller) {
  const client = await caller.call('clients.create', clientInput({ name: 'Atelier en pause' }));
  const report = await caller.call('reports.create', {
    clientId: client.id,
    kind: 'month',
    from: '2026-11-01',
    to: '2026-12-01',
    language: 'en',
  });
  await caller.call('clients.archive', { id: client.id, archived: true });
  return { archivedClientId: client.id, archivedClientReportId: report.id };
}

/** The plan's data as the exported page carries it, for its script. */
const PLAN_DATA = /<script type="application\/json" id="calepin-plan">(.*?)<\/script>/s;

/**
 * A's plan exported for its client, and the reply its page writes: what the client would save or
 * paste in an e-mail, sealed with the plan's own reply key, so it checks.
 */
async function seedReply(caller: Caller, a: ClientRows): Promise<string> {
  const file = await caller.call('approvals.export', {
    clientId: a.clientId,
    from: '2026-11-26',
    to: '2026-12-26',
    language: 'fr',
  });
  const html = readFileSync(join(exportsDir(caller.dataDir), file.name), 'utf8');
  const data = html.match(PLAN_DATA)?.[1];
  if (!data) throw new Error(`${file.name} carries no plan`);
  const page = JSON.parse(data) as PageScriptData;
  return sealReply(page, [{ p: a.postId, a: 'approved', c: 'Parfait, merci !' }], '2026-11-26T15:00:00.000Z');
}

/** A small PNG sent the way the composer sends it: begin, one chunk, finish. */
async function seedAttachment(caller: Caller, postId: string): Promise<string> {
  const bytes = pngFile(8, 8);
  const { uploadId } = await caller.call('attachments.begin', {
    postId,
    name: 'vitrine.png',
    size: bytes.length,
  });
  await caller.call('attachments.chunk', { uploadId, offset: 0, base64: bytes.toString('base64') });
  const attachment = await caller.call('attachments.finish', { uploadId, width: 8, height: 8 });
  return attachment.id;
}

/**
 * Two clients with the same kinds of rows (channels, pillar, segment, a draft, published posts with
 * numbers, follower counts, an objective, a competitor with a reading, mentions, watched terms, a
 * report), an archived channel, competitor and client and rows of A in the trash, an attachment, A's
 * plan exported with its client's reply, the freelancer's name and logo and saved preferences: a
 * workspace where every kind of id has a live, a foreign and a deleted version. The bad-input cases
 * and the fuzzer both aim at it.
 */
export async function seedFuzzWorkspace(caller: Caller): Promise<FuzzSeed> {
  const expert = await caller.call('experts.create', {
    name: 'Social Media Today',
    topic: 'Réseaux sociaux',
    url: 'https://www.socialmediatoday.com',
    why: 'Les nouveautés des plateformes',
  });
  const a = await seedClient(caller, A, expert.id);
  const b = await seedClient(caller, B, expert.id);
  const trash = await seedTrash(caller, a);
  const attachmentId = await seedAttachment(caller, a.postId);
  const shared = await caller.call('ideas.create', { clientId: null, title: 'Journée mondiale du café' });
  const archived = await seedArchivedClient(caller);
  const reply = await seedReply(caller, a);
  await caller.call('profile.update', { name: 'Camille Martin' });
  await caller.call('profile.setLogo', {
    file: { name: 'logo.png', base64: pngFile(16, 16).toString('base64') },
  });
  await caller.call('prefs.set', { theme: 'dark', language: 'fr', lastClientId: a.clientId });
  return {
    a,
    b,
    ...trash,
    attachmentId,
    expertId: expert.id,
    sharedIdeaId: shared.id,
    ...archived,
    reply,
  };
}

/** The same workspace under the names `bad-input-cases.ts` aims at, to mutate its cases too. */
export function targetsOf(seed: FuzzSeed): Targets {
  return {
    clientId: seed.a.clientId,
    channelId: seed.a.channelId,
    trashedClientId: seed.trashed.clientId,
    trashedChannelId: seed.trashed.channelId,
    otherClientId: seed.b.clientId,
    otherClientChannelId: seed.b.channelId,
    otherClientPillarId: seed.b.pillarId,
    pillarId: seed.a.pillarId,
    trashedPillarId: seed.trashed.pillarId,
    postId: seed.a.postId,
    trashedPostId: seed.trashed.postId,
    segmentId: seed.a.segmentId,
    trashedSegmentId: seed.trashed.segmentId,
    otherClientSegmentId: seed.b.segmentId,
    objectiveId: seed.a.objectiveId,
    trashedObjectiveId: seed.trashed.objectiveId,
    publishedPostId: seed.a.publishedPostId,
    storyPostId: seed.a.storyPostId,
    paidPostId: seed.a.paidPostId,
    otherClientPostId: seed.b.publishedPostId,
    competitorId: seed.a.competitorId,
    competitorAccountId: seed.a.competitorAccountId,
    archivedCompetitorId: seed.archivedCompetitorId,
    trashedCompetitorId: seed.trashed.competitorId,
    removedAccountId: seed.removedAccountId,
    trashedCompetitorAccountId: seed.trashed.competitorAccountId,
    otherClientCompetitorId: seed.b.competitorId,
    otherClientAccountId: seed.b.competitorAccountId,
    mentionId: seed.a.mentionId,
    trashedMentionId: seed.trashed.mentionId,
    hiddenMentionId: seed.hiddenMentionId,
    auditId: seed.a.auditId,
    actionId: seed.a.actionId,
    trashedAuditId: seed.trashed.auditId,
    trashedActionId: seed.trashed.actionId,
    otherClientAuditId: seed.b.auditId,
    otherClientActionId: seed.b.actionId,
    ideaId: seed.a.ideaId,
    sharedIdeaId: seed.sharedIdeaId,
    trashedIdeaId: seed.trashed.ideaId,
    otherClientIdeaId: seed.b.ideaId,
    expertId: seed.expertId,
    trashedExpertId: seed.trashed.expertId,
    trendId: seed.a.trendId,
    trashedTrendId: seed.trashed.trendId,
    recurringDateId: seed.a.recurringDateId,
    trashedRecurringDateId: seed.trashed.recurringDateId,
    reportId: seed.a.reportId,
    trashedReportId: seed.trashed.reportId,
    archivedClientId: seed.archivedClientId,
    archivedClientReportId: seed.archivedClientReportId,
    reply: seed.reply,
  };
}
