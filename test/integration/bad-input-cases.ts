import type { Method } from '../../shared/contract.ts';
import type { ErrorCode, Issue } from '../../shared/errors.ts';
import { MISSING_ID } from '../support/inputs.ts';

/** Rows that exist before each bad call, so cases can aim at real, archived or trashed ids. */
export interface Targets {
  clientId: string;
  channelId: string;
  trashedClientId: string;
  trashedChannelId: string;
}

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
  invalid('unknown type', (t) => ({ type: 'post', id: t.trashedClientId }), [
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
];

/** At least one malformed input per method; `satisfies` makes a forgotten method a compile error. */
export const BAD_INPUTS = {
  'app.info': [
    invalid('input is a string', () => 'all', [issue([], 'invalidType')]),
    invalid('unknown extra field', () => ({ verbose: true }), [issue(['verbose'], 'unknownField')]),
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

  'trash.list': [
    invalid('input is a number', () => 5, [issue([], 'invalidType')]),
    invalid('unknown extra field', () => ({ type: 'client' }), [issue(['type'], 'unknownField')]),
  ],
  'trash.restore': trashRefCases,
  'trash.purge': trashRefCases,
} satisfies Record<Method, readonly BadCase[]>;
