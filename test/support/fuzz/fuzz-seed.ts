import type { Input, Method, Output } from '../../../shared/contract.ts';
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
}

export interface FuzzSeed {
  a: ClientRows;
  b: ClientRows;
  trashed: TrashedRows;
  /** An image on A's draft. */
  attachmentId: string;
}

interface ClientSpec {
  name: string;
  color: string;
  /** Handles differ between the clients, so a CSV naming A's channels means nothing to B. */
  instagram: string;
  linkedin: string;
}

const A: ClientSpec = {
  name: 'Boulangerie Martin',
  color: '#E4572E',
  instagram: '@boulangerie.martin',
  linkedin: 'Boulangerie Martin',
};
const B: ClientSpec = {
  name: 'Fromagerie Dupont',
  color: '#F3A712',
  instagram: '@fromagerie.dupont',
  linkedin: 'Fromagerie Dupont',
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
  };
}

async function seedTrash(caller: Caller, a: ClientRows): Promise<TrashedRows> {
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
  return {
    clientId: client.id,
    channelId: channel.id,
    pillarId: pillar.id,
    segmentId: segment.id,
    postId: post.id,
    objectiveId: objective.id,
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
 * numbers, follower counts, an objective), an archived channel and rows of A in the trash, an
 * attachment and saved preferences: a workspace where every kind of id has a live, a foreign and a
 * deleted version. The bad-input cases and the fuzzer both aim at it.
 */
export async function seedFuzzWorkspace(caller: Caller): Promise<FuzzSeed> {
  const a = await seedClient(caller, A);
  const b = await seedClient(caller, B);
  const trashed = await seedTrash(caller, a);
  const attachmentId = await seedAttachment(caller, a.postId);
  await caller.call('prefs.set', { theme: 'dark', language: 'fr', lastClientId: a.clientId });
  return { a, b, trashed, attachmentId };
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
  };
}
