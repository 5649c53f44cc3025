import type { ChannelChoice, FileChannel } from '../domain/calendar-file.ts';
import type { Channel } from '../domain/channel.ts';
import { NETWORK_IDS, type NetworkId } from '../networks.ts';
import { type Cell, channelReader } from './post-csv-cells.ts';

/** What a row's `channel` cell leads to: a channel, the user's choice to leave it out, or an issue. */
export type ChannelOfRow = Cell<Channel> | { skip: true };

export interface ChannelPlan {
  /** Every non-empty `channel` cell of the file, once, in the order it first appears. */
  channels: FileChannel[];
  resolve: (raw: string) => ChannelOfRow;
}

const networkOf = (value: string): NetworkId | undefined => {
  const colon = value.indexOf(':');
  const name = value.slice(0, colon).trim().toLowerCase();
  return colon > 0 ? NETWORK_IDS.find((id) => id === name) : undefined;
};

/**
 * Maps the channels a file names onto the client's. A file exported from another client names
 * channels this one does not have: the user picks one of this client's for each, or skips its rows.
 * Until then, a channel on a network where the client has exactly one live channel is suggested
 * in the preview; a commit takes only the user's choices (the dialog sends the suggestions it
 * showed), so a caller that names no mapping never imports into a channel it did not name.
 */
export function planChannels(
  cells: readonly string[],
  channels: readonly Channel[],
  choices: readonly ChannelChoice[] = [],
  suggest = true,
): ChannelPlan {
  const byName = channelReader(channels);
  const chosen = new Map(choices.map((c) => [c.value, c.channelId]));
  const byId = new Map(channels.map((c) => [c.id, c]));
  const counts = new Map<string, number>();
  for (const cell of cells) {
    const value = cell.trim();
    if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  }

  const plan = new Map<string, FileChannel>();
  for (const [value, rows] of counts) {
    const choice = chosen.get(value);
    const own = choice ? byId.get(choice) : undefined;
    const named = byName(value);
    const network = networkOf(value);
    const alike = channels.filter((c) => !c.archived && c.network === network);
    const [channelId, match]: [string | null, FileChannel['match']] =
      choice === null
        ? [null, 'skipped']
        : own
          ? [own.id, 'chosen']
          : named.ok
            ? [named.value.id, 'name']
            : suggest && alike.length === 1 && alike[0]
              ? [alike[0].id, 'suggested']
              : [null, 'none'];
    plan.set(value, { value, rows, channelId, match });
  }

  return {
    channels: [...plan.values()],
    resolve: (raw) => {
      const entry = plan.get(raw.trim());
      if (entry?.match === 'skipped') return { skip: true };
      const channel = entry?.channelId ? byId.get(entry.channelId) : undefined;
      return channel ? { ok: true, value: channel } : byName(raw);
    },
  };
}
