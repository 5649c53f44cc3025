import { describe, expect, it } from 'vitest';
import {
  accountRow,
  freeColor,
  inputOf,
  issuesByField,
  profileOf,
  valuesOf,
  withScheme,
} from '../../../../../renderer/features/competitors/competitor-values.ts';
import { CLIENT_COLORS } from '../../../../../shared/domain/client.ts';

describe('the competitor editor’s values', () => {
  it('reads the network and handle from a profile’s link pasted as the handle', () => {
    expect(profileOf('https://www.instagram.com/bloom.fleurs/')).toEqual({
      network: 'instagram',
      handle: '@bloom.fleurs',
    });
    expect(profileOf('instagram.com/bloom.fleurs?hl=fr')).toEqual({
      network: 'instagram',
      handle: '@bloom.fleurs',
    });
    expect(profileOf('https://www.linkedin.com/company/bloom-and-co/')).toEqual({
      network: 'linkedin',
      handle: 'bloom-and-co',
    });
    expect(profileOf('https://x.com/bloomfleurs')).toEqual({ network: 'x', handle: '@bloomfleurs' });
    expect(profileOf('https://www.tiktok.com/@dahliastudio')).toEqual({
      network: 'tiktok',
      handle: '@dahliastudio',
    });
    expect(profileOf('https://www.youtube.com/@Bloom')).toEqual({ network: 'youtube', handle: '@Bloom' });
    expect(profileOf('https://www.threads.net/@bloom.fleurs')).toEqual({
      network: 'threads',
      handle: '@bloom.fleurs',
    });
    expect(profileOf('https://www.facebook.com/BloomEtCo')).toEqual({
      network: 'facebook',
      handle: 'BloomEtCo',
    });
  });

  it('leaves what is not a known profile alone', () => {
    expect(profileOf('@bloom.fleurs')).toBeNull();
    expect(profileOf('https://bloom.example/about')).toBeNull();
    expect(profileOf('https://www.instagram.com/')).toBeNull();
    expect(profileOf('ftp://instagram.com/bloom')).toBeNull();
  });

  it('adds https:// to a link typed without it, and nothing else', () => {
    expect(withScheme('instagram.com/bloom')).toBe('https://instagram.com/bloom');
    expect(withScheme('http://bloom.fr')).toBe('http://bloom.fr');
    expect(withScheme('')).toBe('');
    expect(withScheme('not a link')).toBe('not a link');
  });

  it('sends the rows in use, kept accounts with their id, and numbers issues among them', () => {
    const values = valuesOf(
      {
        id: 'c1',
        clientId: 'k',
        name: 'Bloom',
        color: '#E4572E',
        notes: '',
        tags: [],
        archived: false,
        accounts: [{ id: 'a1', network: 'instagram', handle: '@bloom', url: '' }],
        createdAt: '',
        updatedAt: '',
        deletedAt: null,
      },
      '#000000',
    );
    const blank = accountRow();
    const added = accountRow({ network: 'x', handle: ' @bloom ', url: 'x.com/bloom' });
    const rows = [values.accounts[0] ?? blank, blank, added];
    expect(inputOf({ ...values, accounts: rows }).accounts).toEqual([
      { id: 'a1', network: 'instagram', handle: '@bloom', url: '' },
      { network: 'x', handle: '@bloom', url: 'https://x.com/bloom' },
    ]);
    // The server's account 1 is the second row sent: the third of the editor (the blank one was not sent).
    const issues = issuesByField(
      [{ path: ['accounts', '1', 'handle'], code: 'accountTaken', params: { name: 'Corolle' } }],
      rows,
    );
    expect(Object.keys(issues)).toEqual([`accounts.${added.key}.handle`]);
  });

  it('opens a new competitor with one empty account row and a colour of its own', () => {
    expect(valuesOf(undefined, '#29A36A').accounts).toHaveLength(1);
    expect(freeColor([CLIENT_COLORS[0], CLIENT_COLORS[1]])).toBe(CLIENT_COLORS[2]);
    expect(freeColor([CLIENT_COLORS[0].toLowerCase()])).toBe(CLIENT_COLORS[1]);
    expect(CLIENT_COLORS).toContain(freeColor([...CLIENT_COLORS]));
  });
});
