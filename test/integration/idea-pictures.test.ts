import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { channelInput, clientInput } from '../support/seeds/inputs.ts';
import { afterSweep, pngFile, sha256, storedPath, textFile } from '../support/seeds/media-files.ts';

const PICTURE = pngFile(40, 30);

async function withIdea(core: TestCore) {
  const client = await core.call('clients.create', clientInput());
  const channel = await core.call('channels.create', channelInput(client.id));
  const idea = await core.call('ideas.create', { clientId: client.id, title: 'Vitrine de Noël' });
  return { client, channel, idea };
}

const picture = (id: string, bytes: Buffer, name = 'vitrine.png') => ({
  id,
  file: { name, base64: bytes.toString('base64') },
});

describe("an idea's picture", () => {
  it('is kept in the media store and goes along to the draft made from the idea', async () => {
    const core = await startTestCore();
    const { channel, idea } = await withIdea(core);
    const withPicture = await core.call('ideas.setPicture', picture(idea.id, PICTURE));
    expect(withPicture.picture).toEqual({ sha256: sha256(PICTURE), name: 'vitrine.png', mime: 'image/png' });
    expect(readFileSync(storedPath(core.dataDir, sha256(PICTURE)))).toEqual(PICTURE);

    const { post } = await core.call('ideas.toPost', {
      id: idea.id,
      channelId: channel.id,
      date: '2026-12-14',
      time: '11:00',
    });
    expect(post.format).toBe('image');
    expect(post.attachments).toMatchObject([
      { sha256: sha256(PICTURE), name: 'vitrine.png', mime: 'image/png', size: PICTURE.length },
    ]);
  });

  it('refuses a file that is not an image, and keeps the picture there was', async () => {
    const core = await startTestCore();
    const { idea } = await withIdea(core);
    await core.call('ideas.setPicture', picture(idea.id, PICTURE));
    const refused = await core.dispatch('ideas.setPicture', picture(idea.id, textFile(), 'notes.png'));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: ['file', 'base64'], code: 'unsupportedFile' }] },
    });
    expect((await core.call('ideas.list', { clientId: idea.clientId }))[0]?.picture?.sha256).toBe(
      sha256(PICTURE),
    );
  });

  it('survives the sweep while an idea shows it, and goes once taken away', async () => {
    const core = await startTestCore();
    const { idea } = await withIdea(core);
    await core.call('ideas.setPicture', picture(idea.id, PICTURE));
    // Purging anything sweeps the store: the idea's picture must stay.
    const other = await core.call('ideas.create', { clientId: null, title: 'Autre' });
    await core.call('ideas.delete', { id: other.id });
    await core.call('trash.purge', { type: 'idea', id: other.id });
    await afterSweep();
    expect(existsSync(storedPath(core.dataDir, sha256(PICTURE)))).toBe(true);
    expect((await core.call('ideas.setPicture', { id: idea.id, file: null })).picture).toBeNull();
  });
});
