import { CLIENT_COLORS } from '../../../shared/domain/client.ts';
import type { Competitor, CompetitorCreate } from '../../../shared/domain/competitor.ts';
import type { Issue } from '../../../shared/errors.ts';
import type { NetworkId } from '../../../shared/networks.ts';

/** One row of the accounts editor; `key` keeps React's rows (and their errors) apart as rows come and go. */
export interface AccountRow {
  key: string;
  /** The stored account's id: its readings stay with it. */
  id?: string;
  network: NetworkId;
  handle: string;
  url: string;
}

/** The editor's fields as the user types them. */
export interface CompetitorValues {
  name: string;
  color: string;
  accounts: AccountRow[];
  tags: string[];
  notes: string;
}

export type CompetitorInput = Omit<CompetitorCreate, 'clientId'>;

let rowCount = 0;
export const accountRow = (over: Partial<AccountRow> = {}): AccountRow => {
  rowCount += 1;
  return { key: `account-${rowCount}`, network: 'instagram', handle: '', url: '', ...over };
};

/**
 * The first palette colour neither the client nor its other competitors wear, so each brand stays
 * apart on the benchmark's bars; cycles when all are taken.
 */
export function freeColor(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toUpperCase()));
  return (
    CLIENT_COLORS.find((c) => !taken.has(c)) ?? CLIENT_COLORS[used.length % CLIENT_COLORS.length] ?? '#64748B'
  );
}

export function valuesOf(competitor: Competitor | undefined, defaultColor: string): CompetitorValues {
  return {
    name: competitor?.name ?? '',
    color: competitor?.color ?? defaultColor,
    // A new competitor opens with one empty row: most are added with the account they were spotted on.
    accounts: competitor
      ? competitor.accounts.map((a) =>
          accountRow({ id: a.id, network: a.network, handle: a.handle, url: a.url }),
        )
      : [accountRow()],
    tags: competitor?.tags ?? [],
    notes: competitor?.notes ?? '',
  };
}

/** A row left blank is a row the user did not use, not an account without a handle. */
export const keptAccounts = (rows: readonly AccountRow[]) =>
  rows.filter((r) => r.handle.trim() !== '' || r.url.trim() !== '');

export function inputOf(values: CompetitorValues): CompetitorInput {
  return {
    name: values.name,
    color: values.color,
    notes: values.notes,
    tags: values.tags,
    accounts: keptAccounts(values.accounts).map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      network: r.network,
      handle: r.handle.trim(),
      url: withScheme(r.url.trim()),
    })),
  };
}

/** "instagram.com/bloom" is a link without its scheme: the https:// is added rather than refused. */
export function withScheme(url: string): string {
  if (url === '' || /^[a-z][a-z\d+.-]*:/i.test(url)) return url;
  return /^[\w-]+(\.[\w-]+)+(\/|$)/.test(url) ? `https://${url}` : url;
}

/**
 * Issues keyed by the field they belong to: `name`, `tags`, `accounts.<row key>.handle`. The
 * contract numbers accounts among the rows sent; the editor names them by row.
 */
export function issuesByField(issues: readonly Issue[], rows: readonly AccountRow[]): Record<string, Issue> {
  const kept = keptAccounts(rows);
  const out: Record<string, Issue> = {};
  for (const issue of issues) {
    const [field, index, sub] = issue.path;
    if (field === undefined) continue;
    let key = field;
    if (field === 'accounts' && index !== undefined) {
      const row = kept[Number(index)];
      // An unknown id is the row's whole account: shown under its handle.
      key = row ? `accounts.${row.key}.${sub === 'network' || sub === 'url' ? sub : 'handle'}` : 'accounts';
    }
    out[key] ??= issue;
  }
  return out;
}

/** Where a profile link points: its network and the handle in it. */
interface Profile {
  network: NetworkId;
  handle: string;
}

const PROFILE_HOSTS: [RegExp, NetworkId][] = [
  [/(^|\.)instagram\.com$/, 'instagram'],
  [/(^|\.)(facebook|fb)\.com$/, 'facebook'],
  [/(^|\.)linkedin\.com$/, 'linkedin'],
  [/(^|\.)(x|twitter)\.com$/, 'x'],
  [/(^|\.)tiktok\.com$/, 'tiktok'],
  [/(^|\.)threads\.(net|com)$/, 'threads'],
  [/(^|\.)pinterest\.[a-z.]+$/, 'pinterest'],
  [/(^|\.)youtube\.com$/, 'youtube'],
];

/** Path segments that are a kind of page rather than the account's name. */
const NOT_A_HANDLE = new Set([
  'company',
  'in',
  'school',
  'showcase',
  'pages',
  'channel',
  'c',
  'user',
  'p',
  'reel',
]);

/**
 * A profile's link pasted where the handle goes ("https://www.instagram.com/bloom.fleurs/"): the
 * network and handle read from it, so the row fills itself. Null for anything else.
 */
export function profileOf(text: string): Profile | null {
  let url: URL;
  try {
    url = new URL(withScheme(text.trim()));
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const network = PROFILE_HOSTS.find(([host]) => host.test(url.hostname.toLowerCase()))?.[1];
  if (!network) return null;
  const name = url.pathname
    .split('/')
    .filter(Boolean)
    .find((part) => !NOT_A_HANDLE.has(part.toLowerCase()));
  if (!name) return null;
  const bare = decodeURIComponent(name).replace(/^@/, '');
  // LinkedIn and Facebook pages go by their name; the others by an @handle.
  return { network, handle: network === 'linkedin' || network === 'facebook' ? bare : `@${bare}` };
}
