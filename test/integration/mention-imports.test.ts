import { describe, expect, it } from 'vitest';
import { startTestCore } from '../support/hosts/fixture.ts';
import { clientInput } from '../support/seeds/inputs.ts';

const line = (text: string, date = '2026-11-20') => ({
  date,
  time: '10:00',
  network: 'instagram' as const,
  text,
  subject: { kind: 'brand' as const },
  sentiment: 'positive' as const,
});

describe('a listening tool’s file remembers how its columns were mapped', () => {
  it('saves the mapping with the mentions it brought, and not when the file is refused', async () => {
    const core = await startTestCore();
    const client = await core.call('clients.create', clientInput());
    const signature = 'published\u001fauthor name\u001fhit sentence\u001ftone';
    const columns = { 0: 'date', 1: 'author', 2: 'text', 3: 'sentiment' } as const;
    expect(await core.call('mentions.mapping', { signature })).toBeNull();

    // One line dated tomorrow: nothing written, the mapping not kept either.
    const refused = await core.dispatch('mentions.createMany', {
      clientId: client.id,
      mentions: [line('Super'), line('Trop tôt', '2026-11-27')],
      mapping: { signature, columns },
    });
    expect(refused.ok).toBe(false);
    expect(await core.call('mentions.mapping', { signature })).toBeNull();
    expect((await core.call('mentions.list', { clientId: client.id })).total).toBe(0);

    await core.call('mentions.createMany', {
      clientId: client.id,
      mentions: [line('Super'), line('Génial')],
      mapping: { signature, columns },
    });
    expect(await core.call('mentions.mapping', { signature })).toEqual({
      0: 'date',
      1: 'author',
      2: 'text',
      3: 'sentiment',
    });
    // The analytics exports' mappings live beside them, under their own signatures.
    expect(await core.call('mentions.mapping', { signature: 'published' })).toBeNull();
  });
});
