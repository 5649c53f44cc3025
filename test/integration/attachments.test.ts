import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/db/paths.ts';
import { ATTACHMENTS_PER_POST } from '../../shared/domain/attachment.ts';
import { NOT_FOUND } from '../support/hosts/envelopes.ts';
import { ownTempDir, startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { type RunningHost, rawRequest, startWebHost } from '../support/hosts/web-host.ts';
import { dumpTables } from '../support/readers/db-dump.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';
import {
  afterSweep,
  filesUnder,
  jpegFile,
  pdfFile,
  pngFile,
  sendFile,
  sha256,
  storedFiles,
  storedPath,
  textFile,
} from '../support/seeds/media-files.ts';

const PHOTO = jpegFile(3500);
const THUMB = pngFile(4, 3, 9);

/** A started core with the seeded bakery and one post to attach files to. */
async function withPost() {
  const core = await startTestCore();
  const seed = await seedCalendar(core);
  const post = await seed.create();
  // The startup backup lands in the data folder: wait for it so folder listings only show our changes.
  await core.startupBackup;
  return { core, ...seed, post };
}

/** What the user could see change: every row, and every file of the data folder. */
const snapshot = (core: TestCore) => ({ tables: dumpTables(core.ctx.db), files: filesUnder(core.dataDir) });

const invalidInput = (path: string, code: string) => ({
  ok: false,
  error: { code: 'invalid_input', issues: [{ path: [path], code }] },
});

const chunk = (core: TestCore, uploadId: string, bytes: Buffer, offset: number, length: number) =>
  core.dispatch('attachments.chunk', {
    uploadId,
    offset,
    base64: bytes.subarray(offset, offset + length).toString('base64'),
  });

const partsIn = (dataDir: string): string[] =>
  existsSync(join(dataDir, 'uploads')) ? readdirSync(join(dataDir, 'uploads')) : [];

describe('adding a photo to a post', () => {
  it('stores the bytes sent in chunks once, under their SHA-256, typed by what they are', async () => {
    const { core, post } = await withPost();
    // Named .png by the user, but the bytes are a JPEG: the type comes from the bytes.
    const added = await sendFile(core, post.id, PHOTO, {
      name: 'croissants.png',
      chunkBytes: 1000,
      width: 1080,
      height: 1350,
      thumbnail: THUMB,
    });
    expect(added).toEqual({
      id: expect.any(String),
      postId: post.id,
      sha256: sha256(PHOTO),
      name: 'croissants.png',
      mime: 'image/jpeg',
      size: PHOTO.length,
      width: 1080,
      height: 1350,
      thumbSha256: sha256(THUMB),
      position: 0,
      createdAt: '2026-11-26T09:00:00.000Z',
      updatedAt: '2026-11-26T09:00:00.000Z',
      deletedAt: null,
    });
    expect((await core.call('posts.get', { id: post.id })).attachments).toEqual([added]);
    const listed = await core.call('posts.list', { clientId: post.clientId });
    expect(listed.find((p) => p.id === post.id)?.attachments).toEqual([added]);

    expect(readFileSync(storedPath(core.dataDir, sha256(PHOTO)))).toEqual(PHOTO);
    expect(readFileSync(storedPath(core.dataDir, sha256(THUMB)))).toEqual(THUMB);
    expect(storedFiles(core.dataDir)).toEqual([sha256(PHOTO), sha256(THUMB)].sort());
    expect(partsIn(core.dataDir)).toEqual([]);
  });

  it('keeps a PNG as a PNG and lists a post’s files in the order they were added', async () => {
    const { core, post } = await withPost();
    const picture = pngFile(40, 30);
    expect(picture.length).toBeGreaterThan(3000);
    const first = await sendFile(core, post.id, PHOTO, { name: 'a.jpg' });
    const second = await sendFile(core, post.id, picture, { name: 'vitrine.PNG', chunkBytes: 999 });
    expect(second).toMatchObject({
      mime: 'image/png',
      size: picture.length,
      name: 'vitrine.PNG',
      position: 1,
    });
    expect(readFileSync(storedPath(core.dataDir, sha256(picture)))).toEqual(picture);
    expect((await core.call('posts.get', { id: post.id })).attachments.map((a) => a.id)).toEqual([
      first.id,
      second.id,
    ]);
  });

  it('stores a file added to two posts once', async () => {
    const { core, post, create } = await withPost();
    const other = await create({ time: '18:00' });
    const a = await sendFile(core, post.id, PHOTO);
    const filesAfterFirst = filesUnder(core.dataDir);
    const b = await sendFile(core, other.id, PHOTO, { name: 'encore.jpg' });
    expect(b.sha256).toBe(a.sha256);
    expect(b.id).not.toBe(a.id);
    expect(filesUnder(core.dataDir)).toEqual(filesAfterFirst);
    expect((await core.call('posts.get', { id: other.id })).attachments).toEqual([b]);
  });

  it('accepts a file without a thumbnail or dimensions (a format the browser cannot draw)', async () => {
    const { core, post } = await withPost();
    const added = await sendFile(core, post.id, PHOTO, { thumbnail: null });
    expect(added).toMatchObject({ width: null, height: null, thumbSha256: null });
    expect(storedFiles(core.dataDir)).toEqual([sha256(PHOTO)]);
  });
});

describe('files that are refused, changing nothing', () => {
  it.each([
    ['a PDF renamed .jpg', pdfFile()],
    ['a text file renamed .jpg', textFile()],
  ])('refuses %s at its first chunk and drops the part file', async (_label, bytes) => {
    const { core, post } = await withPost();
    const before = snapshot(core);
    const { uploadId } = await core.call('attachments.begin', {
      postId: post.id,
      name: 'photo.jpg',
      size: bytes.length,
    });
    expect(await chunk(core, uploadId, bytes, 0, 500)).toMatchObject(invalidInput('file', 'unsupportedFile'));
    expect(snapshot(core)).toEqual(before);
    expect(partsIn(core.dataDir)).toEqual([]);
    // The upload is over: nothing more can be sent or finished under its id.
    expect(await chunk(core, uploadId, bytes, 0, 500)).toMatchObject(NOT_FOUND);
    expect(await core.dispatch('attachments.finish', { uploadId })).toMatchObject(NOT_FOUND);
  });

  it('refuses a chunk at the wrong offset, and the upload goes on from where it was', async () => {
    const { core, post } = await withPost();
    const { uploadId } = await core.call('attachments.begin', {
      postId: post.id,
      name: 'photo.jpg',
      size: PHOTO.length,
    });
    await chunk(core, uploadId, PHOTO, 0, 1000);
    const before = snapshot(core);
    // The same chunk sent twice, and a chunk that skips ahead.
    expect(await chunk(core, uploadId, PHOTO, 0, 1000)).toMatchObject(invalidInput('offset', 'invalid'));
    expect(await chunk(core, uploadId, PHOTO, 2000, 1000)).toMatchObject(invalidInput('offset', 'invalid'));
    expect(snapshot(core)).toEqual(before);

    await chunk(core, uploadId, PHOTO, 1000, PHOTO.length - 1000);
    const added = await core.call('attachments.finish', { uploadId });
    expect(readFileSync(storedPath(core.dataDir, added.sha256))).toEqual(PHOTO);
  });

  it('refuses more bytes than announced', async () => {
    const { core, post } = await withPost();
    const { uploadId } = await core.call('attachments.begin', {
      postId: post.id,
      name: 'photo.jpg',
      size: 1500,
    });
    const before = snapshot(core);
    expect(await chunk(core, uploadId, PHOTO, 0, 1600)).toMatchObject(invalidInput('base64', 'mediaTooBig'));
    expect(snapshot(core)).toEqual(before);
    await chunk(core, uploadId, PHOTO, 0, 1000);
    const after = snapshot(core);
    expect(await chunk(core, uploadId, PHOTO, 1000, 501)).toMatchObject(
      invalidInput('base64', 'mediaTooBig'),
    );
    expect(snapshot(core)).toEqual(after);
  });

  it('refuses to finish before every byte has arrived', async () => {
    const { core, post } = await withPost();
    const { uploadId } = await core.call('attachments.begin', {
      postId: post.id,
      name: 'photo.jpg',
      size: PHOTO.length,
    });
    const before = snapshot(core);
    expect(await core.dispatch('attachments.finish', { uploadId })).toMatchObject(
      invalidInput('file', 'invalid'),
    );
    await chunk(core, uploadId, PHOTO, 0, 2000);
    const half = snapshot(core);
    expect(await core.dispatch('attachments.finish', { uploadId })).toMatchObject(
      invalidInput('file', 'invalid'),
    );
    expect(snapshot(core)).toEqual(half);
    expect(before.tables).toEqual(half.tables);
    expect((await core.call('posts.get', { id: post.id })).attachments).toEqual([]);
  });

  it.each([
    ['text', textFile()],
    ['a PDF', pdfFile()],
    ['a video', Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81])],
  ])('refuses a thumbnail that is %s', async (_label, thumbnail) => {
    const { core, post } = await withPost();
    const { uploadId } = await core.call('attachments.begin', {
      postId: post.id,
      name: 'photo.jpg',
      size: PHOTO.length,
    });
    await chunk(core, uploadId, PHOTO, 0, PHOTO.length);
    const before = snapshot(core);
    expect(
      await core.dispatch('attachments.finish', { uploadId, thumbnail: thumbnail.toString('base64') }),
    ).toMatchObject(invalidInput('thumbnail', 'unsupportedFile'));
    expect(snapshot(core)).toEqual(before);
    // A second try with a real picture goes through.
    const added = await core.call('attachments.finish', { uploadId, thumbnail: THUMB.toString('base64') });
    expect(added.thumbSha256).toBe(sha256(THUMB));
  });

  it(`refuses a file beyond ${ATTACHMENTS_PER_POST} on one post`, async () => {
    const { core, post } = await withPost();
    for (let i = 0; i < ATTACHMENTS_PER_POST; i += 1)
      await sendFile(core, post.id, PHOTO, { chunkBytes: 4000 });
    const before = snapshot(core);
    expect(
      await core.dispatch('attachments.begin', {
        postId: post.id,
        name: 'une-de-trop.jpg',
        size: PHOTO.length,
      }),
    ).toMatchObject(invalidInput('postId', 'tooMany'));
    expect(snapshot(core)).toEqual(before);
    expect((await core.call('posts.get', { id: post.id })).attachments).toHaveLength(ATTACHMENTS_PER_POST);
  });

  it('refuses the file that would go beyond the limit when two uploads overlap', async () => {
    const { core, post } = await withPost();
    for (let i = 0; i < ATTACHMENTS_PER_POST - 1; i += 1)
      await sendFile(core, post.id, PHOTO, { chunkBytes: 4000, thumbnail: null });
    // Two files dropped one after the other: both begin while the post still has room for one.
    const begin = () =>
      core.call('attachments.begin', { postId: post.id, name: 'photo.jpg', size: PHOTO.length });
    const first = await begin();
    const second = await begin();
    await chunk(core, first.uploadId, PHOTO, 0, PHOTO.length);
    await chunk(core, second.uploadId, PHOTO, 0, PHOTO.length);
    await core.call('attachments.finish', { uploadId: first.uploadId });
    const before = snapshot(core);
    expect(await core.dispatch('attachments.finish', { uploadId: second.uploadId })).toMatchObject(
      invalidInput('postId', 'tooMany'),
    );
    expect(snapshot(core)).toEqual(before);
    expect((await core.call('posts.get', { id: post.id })).attachments).toHaveLength(ATTACHMENTS_PER_POST);
  });

  it('refuses a file for a post in the trash, or moved there while the file was sent', async () => {
    const { core, post, create } = await withPost();
    await core.call('posts.delete', { ids: [post.id] });
    const before = snapshot(core);
    expect(
      await core.dispatch('attachments.begin', { postId: post.id, name: 'photo.jpg', size: PHOTO.length }),
    ).toMatchObject(NOT_FOUND);
    expect(snapshot(core)).toEqual(before);

    const other = await create({ time: '17:00' });
    const { uploadId } = await core.call('attachments.begin', {
      postId: other.id,
      name: 'photo.jpg',
      size: PHOTO.length,
    });
    await chunk(core, uploadId, PHOTO, 0, PHOTO.length);
    await core.call('posts.delete', { ids: [other.id] });
    const trashed = snapshot(core);
    expect(await core.dispatch('attachments.finish', { uploadId })).toMatchObject(NOT_FOUND);
    expect(snapshot(core)).toEqual(trashed);
  });

  it('drops the part file of a cancelled upload', async () => {
    const { core, post } = await withPost();
    const before = snapshot(core);
    const { uploadId } = await core.call('attachments.begin', {
      postId: post.id,
      name: 'photo.jpg',
      size: PHOTO.length,
    });
    await chunk(core, uploadId, PHOTO, 0, 1000);
    expect(partsIn(core.dataDir)).toEqual([`${uploadId}.part`]);
    await core.call('attachments.cancel', { uploadId });
    expect(partsIn(core.dataDir)).toEqual([]);
    expect(snapshot(core).tables).toEqual(before.tables);
    expect(await core.dispatch('attachments.finish', { uploadId })).toMatchObject(NOT_FOUND);
  });
});

describe('copies of a post', () => {
  it('duplicate and copy bring the same files along, as new rows, without copying them', async () => {
    const { core, post, li, client } = await withPost();
    const photo = await sendFile(core, post.id, PHOTO, { name: 'croissants.jpg', width: 800, height: 600 });
    const picture = await sendFile(core, post.id, pngFile(20, 20, 5), { name: 'vitrine.png' });
    const files = filesUnder(core.dataDir);

    const duplicates = await core.call('posts.duplicate', {
      id: post.id,
      channelIds: [li.id],
      dates: ['2026-12-01'],
    });
    const copies = await core.call('posts.copy', { ids: [post.id], days: 7 });
    expect(duplicates).toHaveLength(2);
    expect(copies).toHaveLength(1);
    const originalIds = new Set([photo.id, picture.id]);
    for (const copy of [...duplicates, ...copies]) {
      const fetched = await core.call('posts.get', { id: copy.id });
      expect(fetched.attachments).toEqual(copy.attachments);
      expect(copy.attachments).toEqual([
        { ...photo, id: expect.any(String), postId: copy.id },
        { ...picture, id: expect.any(String), postId: copy.id },
      ]);
      for (const a of copy.attachments) expect(originalIds.has(a.id)).toBe(false);
    }
    expect(new Set([...duplicates, ...copies].flatMap((p) => p.attachments.map((a) => a.id))).size).toBe(6);
    expect(filesUnder(core.dataDir)).toEqual(files);
    // The original keeps its own rows.
    expect((await core.call('posts.get', { id: post.id })).attachments).toEqual([photo, picture]);
    const listed = await core.call('posts.list', { clientId: client.id });
    expect(listed.map((p) => p.attachments.length)).toEqual([2, 2, 2, 2]);
  });
});

describe('removing files', () => {
  it('removes an attachment, and its file once nothing refers to it', async () => {
    const { core, post } = await withPost();
    const added = await sendFile(core, post.id, PHOTO);
    const removed = await core.call('attachments.remove', { id: added.id });
    expect(removed).toEqual(added);
    expect((await core.call('posts.get', { id: post.id })).attachments).toEqual([]);
    await afterSweep();
    expect(existsSync(storedPath(core.dataDir, added.sha256))).toBe(false);
    expect(storedFiles(core.dataDir)).toEqual([]);
    expect(await core.dispatch('attachments.remove', { id: added.id })).toMatchObject(NOT_FOUND);
  });

  it('keeps the file while a copy of the post still shows it', async () => {
    const { core, post } = await withPost();
    const added = await sendFile(core, post.id, PHOTO);
    const [copy] = await core.call('posts.copy', { ids: [post.id], days: 7 });
    await core.call('attachments.remove', { id: added.id });
    await afterSweep();
    expect(readFileSync(storedPath(core.dataDir, added.sha256))).toEqual(PHOTO);
    expect(readFileSync(storedPath(core.dataDir, sha256(THUMB)))).toEqual(THUMB);

    const kept = copy?.attachments[0];
    if (!kept) throw new Error('the copy has no attachment');
    await core.call('attachments.remove', { id: kept.id });
    await afterSweep();
    expect(storedFiles(core.dataDir)).toEqual([]);
  });

  it('keeps the files of a post in the trash, and deletes them when it is purged', async () => {
    const { core, post, create } = await withPost();
    const added = await sendFile(core, post.id, PHOTO);
    const other = await create({ time: '18:00' });
    const otherFile = await sendFile(core, other.id, pngFile(8, 8, 7), { thumbnail: null });
    await core.call('posts.delete', { ids: [post.id] });
    // A sweep runs (another file removed): the trashed post's files are still needed.
    await core.call('attachments.remove', { id: otherFile.id });
    await afterSweep();
    expect(storedFiles(core.dataDir)).toEqual([added.sha256, sha256(THUMB)].sort());

    // Brought back from the trash, the post shows its picture again.
    await core.call('trash.restore', { type: 'post', id: post.id });
    expect((await core.call('posts.get', { id: post.id })).attachments).toEqual([added]);
    await core.call('posts.delete', { ids: [post.id] });
    await core.call('trash.purge', { type: 'post', id: post.id });
    await afterSweep();
    expect(storedFiles(core.dataDir)).toEqual([]);
    expect(dumpTables(core.ctx.db).attachments).toEqual([]);
  });

  it('deletes the files of every post of a client purged from the trash', async () => {
    const { core, post, client, createOther } = await withPost();
    await sendFile(core, post.id, PHOTO);
    const neighbour = await createOther();
    const kept = await sendFile(core, neighbour.id, pngFile(6, 6, 4), { thumbnail: null });
    await core.call('clients.delete', { id: client.id });
    await core.call('trash.purge', { type: 'client', id: client.id });
    await afterSweep();
    expect(storedFiles(core.dataDir)).toEqual([kept.sha256]);
  });
});

describe('a restart', () => {
  it('clears the parts of uploads cut short and keeps every stored file in use', async () => {
    const { core, post, create } = await withPost();
    const added = await sendFile(core, post.id, PHOTO);
    const trashedPost = await create({ time: '18:00' });
    const trashedPicture = pngFile(8, 8, 6);
    await sendFile(core, trashedPost.id, trashedPicture, { thumbnail: null });
    await core.call('posts.delete', { ids: [trashedPost.id] });
    const { uploadId } = await core.call('attachments.begin', {
      postId: post.id,
      name: 'video.mp4',
      size: PHOTO.length,
    });
    await chunk(core, uploadId, PHOTO, 0, 1000);
    expect(partsIn(core.dataDir)).toEqual([`${uploadId}.part`]);
    await core.close();

    const again = await startTestCore({ dataDir: core.dataDir });
    expect(partsIn(again.dataDir)).toEqual([]);
    expect(readFileSync(storedPath(again.dataDir, added.sha256))).toEqual(PHOTO);
    expect(readFileSync(storedPath(again.dataDir, sha256(trashedPicture)))).toEqual(trashedPicture);
    expect(storedFiles(again.dataDir)).toEqual([added.sha256, sha256(THUMB), sha256(trashedPicture)].sort());
    expect((await again.call('posts.get', { id: post.id })).attachments).toEqual([added]);
  });

  it('starts despite a stray file the system left in the attachments folder, and still sweeps', async () => {
    const { core, post } = await withPost();
    const added = await sendFile(core, post.id, PHOTO, { thumbnail: null });
    await core.call('attachments.remove', { id: added.id });
    // Finder leaves .DS_Store files in folders the user has looked at.
    writeFileSync(join(core.dataDir, 'attachments', '.DS_Store'), 'finder');
    mkdirSync(join(core.dataDir, 'attachments', 'ab'), { recursive: true });
    writeFileSync(join(core.dataDir, 'attachments', 'ab', '.DS_Store'), 'finder');
    await core.close();

    const again = await startTestCore({ dataDir: core.dataDir });
    // The sweep follows the whole-file check: a damaged file's references never decide what goes.
    await again.startupBackup;
    expect(storedFiles(again.dataDir)).toEqual([]);
    expect(await again.call('posts.get', { id: post.id })).toMatchObject({ id: post.id, attachments: [] });
  });
});

/** A GET whose body stays bytes (rawRequest decodes it as text, which would mangle a picture). */
function getBytes(
  port: number,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('files served by the web host', () => {
  let running: RunningHost | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  /** A data folder with one PNG on a post, served by the web host as `npm run web` would. */
  async function hostWithPicture() {
    const { core, post } = await withPost();
    const picture = pngFile(16, 9, 11);
    const added = await sendFile(core, post.id, picture, { name: 'vitrine.jpg', thumbnail: THUMB });
    await core.close();
    const rendererDir = ownTempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    running = await startWebHost({ dataDir: core.dataDir, rendererDir });
    return { port: running.port, token: running.token, picture, added, dataDir: core.dataDir };
  }

  it('gives the page a cookie for /media/ and /exports/ only, and serves a file to it as what it is', async () => {
    const { port, token, picture, added } = await hostWithPicture();
    const path = `/media/${added.sha256}`;
    expect((await rawRequest(port, { path })).status).toBe(403);
    expect((await rawRequest(port, { path, headers: { cookie: 'calepin-token=wrong' } })).status).toBe(403);
    // The RPC header is not the media key: only the page that was given the cookie sees files.
    expect((await rawRequest(port, { path, headers: { 'x-calepin-token': token } })).status).toBe(403);

    const page = await rawRequest(port, { path: `/?token=${token}` });
    expect(page.status).toBe(200);
    const setCookie = [page.headers['set-cookie'] ?? []].flat();
    expect(setCookie).toEqual([
      `calepin-token=${token}; HttpOnly; SameSite=Strict; Path=/media/`,
      `calepin-token=${token}; HttpOnly; SameSite=Strict; Path=/exports/`,
    ]);
    const cookie = setCookie[0]?.split(';')[0] ?? '';

    const served = await getBytes(port, path, { cookie });
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.body).toEqual(picture);
    const thumbnail = await getBytes(port, `/media/${added.thumbSha256}`, { cookie: `other=1; ${cookie}` });
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.body).toEqual(THUMB);
  });

  it('never serves the database or anything that is not a stored file', async () => {
    const { port, token, added, dataDir } = await hostWithPicture();
    const cookie = `calepin-token=${token}`;
    // The file a traversal would be after really is there, next to the attachments folder.
    expect(readFileSync(join(dataDir, DB_FILE)).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    for (const path of [
      `/media/../${DB_FILE}`,
      '/media/../calepin.db',
      `/media/%2e%2e%2f${DB_FILE}`,
      '/media/%2e%2e%2fcalepin.db',
      `/media/%2e%2e/${DB_FILE}`,
      `/media/..%2f${DB_FILE}`,
      `/media/${added.sha256.slice(0, 2)}/${added.sha256}`,
      `/media/${added.sha256}/..%2f..%2f..%2f${DB_FILE}`,
      `/media/${added.sha256.toUpperCase()}`,
      `/media/${'0'.repeat(64)}`,
      `/media/${sha256(Buffer.from('never stored'))}`,
      '/media/',
      `/media/${DB_FILE}`,
      `/media/%00${added.sha256}`,
    ]) {
      for (const headers of [{}, { cookie }] as Record<string, string>[]) {
        const res = await getBytes(port, path, headers);
        expect([403, 404], path).toContain(res.status);
        expect(res.body.subarray(0, 15).toString('latin1'), path).not.toBe('SQLite format 3');
      }
    }
  });
});
