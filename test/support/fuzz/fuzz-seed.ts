import type { Input, Method, Output } from '../../../shared/contract.ts';
import type { MentionInput } from '../../../shared/domain/mention.ts';
import type { PostCreate } from '../../../shared/domain/post.ts';
import { PUBLISHED_ON, type Targets } from '../../integration/bad-input-cases.ts';
import { channelInput, clientInput, pillarInput, postInput } from '../seeds/inputs.ts';
import { pngFile } from '../seeds/media-files.ts';

/** Anything that runs a method and returns its value: a test core, or a client of the web host. */
export interface Caller {
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
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

async function seedClient(caller: Caller, spec: ClientSpec): Promise<ClientRows> {
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
  };
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
    },
    archivedCompetitorId: archivedCompetitor.id,
    hiddenMentionId: hiddenMention.id,
    removedAccountId: removed.id,
  };
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
 * numbers, follower counts, an objective, a competitor with a reading, mentions, watched terms), an
 * archived channel and competitor and rows of A in the trash, an attachment and saved preferences:
 * a workspace where every kind of id has a live, a foreign and a deleted version. The bad-input
 * cases and the fuzzer both aim at it.
 */
export async function seedFuzzWorkspace(caller: Caller): Promise<FuzzSeed> {
  const a = await seedClient(caller, A);
  const b = await seedClient(caller, B);
  const trash = await seedTrash(caller, a);
  const attachmentId = await seedAttachment(caller, a.postId);
  await caller.call('prefs.set', { theme: 'dark', language: 'fr', lastClientId: a.clientId });
  return { a, b, ...trash, attachmentId };
}

/** The same workspace under the names `bad-input-cases.ts` aims at, to mutate its cases too. */
export function targetsOf(seed: FuzzSeed): Targets {
  return {
    clientId: seed.a.clientId,
    channelId: seed.a.channelId,
    trashedClientId: seed.trashed.clientId,
    trashedChannelId: seed.trashed.channelId,
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
  };
}
