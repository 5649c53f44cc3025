import type { RefObject } from 'react';
import type { Channel } from '../../../shared/domain/channel.ts';
import type { Pillar } from '../../../shared/domain/pillar.ts';
import type { PostFilters } from '../../../shared/domain/post.ts';
import { POST_FORMATS, POST_STATUSES } from '../../../shared/domain/post-choices.ts';
import { useSegments } from '../../common/data/segment-queries.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { ColorDot } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { CheckMenu } from '../../ui/CheckMenu.tsx';
import styles from './CalendarPage.module.css';
import { SearchField } from './SearchField.tsx';

export interface FilterBarProps {
  filters: PostFilters;
  onChange: (filters: PostFilters) => void;
  channels: readonly Channel[];
  pillars: readonly Pillar[];
  campaigns: readonly string[];
  searchInput: RefObject<HTMLInputElement | null>;
  clientId: string;
}

/** An empty list means "all": the filter is dropped rather than kept empty (which would match nothing). */
function withList<K extends keyof PostFilters>(filters: PostFilters, key: K, values: string[]): PostFilters {
  const next = { ...filters };
  if (values.length === 0) delete next[key];
  else (next as Record<string, unknown>)[key] = values;
  return next;
}

/** Narrow the calendar by channel, status, format, pillar, campaign or segment, or search captions and notes. */
export function FilterBar({
  filters,
  onChange,
  channels,
  pillars,
  campaigns,
  searchInput,
  clientId,
}: FilterBarProps) {
  const { t } = useTranslation();
  const segments = useSegments(clientId).data ?? [];
  const active = Object.keys(filters).length > 0;
  const menu = <K extends 'channelIds' | 'statuses' | 'formats' | 'pillarIds' | 'campaigns' | 'segmentIds'>(
    key: K,
  ) => ({
    checked: (filters[key] ?? []) as string[],
    onChange: (values: string[]) => onChange(withList(filters, key, values)),
  });
  return (
    <search className={styles.filters} aria-label={t('calendar.filters.label')}>
      <SearchField
        value={filters.search ?? ''}
        inputRef={searchInput}
        onSearch={(text) => {
          const { search: _, ...rest } = filters;
          onChange(text.trim() ? { ...rest, search: text } : rest);
        }}
      />
      <CheckMenu
        label={t('calendar.filters.channel')}
        options={channels.map((c) => ({ value: c.id, label: `${c.handle} · ${networkName(t, c.network)}` }))}
        {...menu('channelIds')}
      />
      <CheckMenu
        label={t('calendar.filters.status')}
        options={POST_STATUSES.map((s) => ({ value: s, label: t(`posts.status.${s}`) }))}
        {...menu('statuses')}
      />
      <CheckMenu
        label={t('calendar.filters.format')}
        options={POST_FORMATS.map((f) => ({ value: f, label: t(`posts.format.${f}`) }))}
        {...menu('formats')}
      />
      {pillars.length > 0 && (
        <CheckMenu
          label={t('calendar.filters.pillar')}
          options={pillars.map((p) => ({
            value: p.id,
            label: (
              <>
                <ColorDot color={p.color} /> {p.name}
              </>
            ),
          }))}
          {...menu('pillarIds')}
        />
      )}
      {campaigns.length > 0 && (
        <CheckMenu
          label={t('calendar.filters.campaign')}
          options={campaigns.map((c) => ({ value: c, label: c }))}
          {...menu('campaigns')}
        />
      )}
      {segments.length > 0 && (
        <CheckMenu
          label={t('audience.filter')}
          options={segments.map((s) => ({ value: s.id, label: s.name }))}
          {...menu('segmentIds')}
        />
      )}
      {active && (
        <Button variant="ghost" size="small" onClick={() => onChange({})}>
          {t('calendar.filters.clear')}
        </Button>
      )}
    </search>
  );
}
