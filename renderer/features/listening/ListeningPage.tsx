import { useMemo, useRef, useState } from 'react';
import { addDays } from '../../../shared/calendar/dates.ts';
import { utcToZoned } from '../../../shared/calendar/zoned.ts';
import type { Input } from '../../../shared/contract.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { type Mention, SENTIMENTS, type Sentiment } from '../../../shared/domain/mention.ts';
import { type Subject, subjectKey } from '../../../shared/domain/mention-subject.ts';
import { NETWORK_IDS, type NetworkId } from '../../../shared/networks.ts';
import { useChannels } from '../../common/data/channel-queries.ts';
import { useCompetitors, useMentions, useWatchedTerms } from '../../common/data/listening-queries.ts';
import { calendarRange } from '../../common/dates/kpi-period.ts';
import { networkName } from '../../common/format/network-name.ts';
import { hrefOf } from '../../common/hooks/route.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { CheckMenu } from '../../ui/CheckMenu.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import inputs from '../../ui/inputs.module.css';
import { useNow } from '../../ui/use-now.ts';
import { BulkMentionsDialog } from './BulkMentionsDialog.tsx';
import styles from './Listening.module.css';
import { MentionForm } from './MentionForm.tsx';
import { MentionsTable } from './MentionsTable.tsx';
import type { SubjectChoices } from './SubjectSelect.tsx';
import { TermsDialog } from './TermsDialog.tsx';
import { useMentionActions } from './use-mention-actions.ts';

const PERIODS = ['all', 'week', 'month', 'days90'] as const;
type Period = (typeof PERIODS)[number];

function periodRange(period: Period, today: string): { from?: string; to?: string } {
  if (period === 'all') return {};
  if (period === 'days90') return { from: addDays(today, -89), to: addDays(today, 1) };
  return calendarRange(period, today);
}

/** Search waits for a pause in the typing: each search is a query. */
const rowElement = (id: string) =>
  document.querySelector<HTMLElement>(`[data-mention-id="${CSS.escape(id)}"]`);

const focusRow = (id: string) => requestAnimationFrame(() => rowElement(id)?.focus());

const SEARCH_DELAY_MS = 250;

/**
 * The listening journal: what people say about the client, its competitors and the topics it
 * watches, logged as the CM reads it. The form takes a mention in a few keys; the list below is
 * searched, filtered and triaged from the keyboard.
 */
export function ListeningPage({ client }: { client: Client }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const clock = utcToZoned(useNow(30_000).toISOString(), client.timeZone);
  const competitors = useCompetitors(client.id, true).data ?? [];
  const terms = useWatchedTerms(client.id).data ?? [];
  const channels = useChannels(client.id).data ?? [];
  const [period, setPeriod] = useState<Period>('all');
  const [search, setSearch] = useState('');
  const [typed, setTyped] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [sentiments, setSentiments] = useState<Sentiment[]>([]);
  const [networks, setNetworks] = useState<NetworkId[]>([]);
  const [subjects, setSubjects] = useState<string[]>([]);
  const [editing, setEditing] = useState<Mention | null>(null);
  const [termsOpen, setTermsOpen] = useState(false);
  const [bulkOpen, setBulkOpen] = useState(false);
  const actions = useMentionActions();

  const filter: Input<'mentions.list'> = {
    clientId: client.id,
    ...periodRange(period, clock.date),
    ...(search.trim() ? { search } : {}),
    ...(sentiments.length ? { sentiments } : {}),
    ...(networks.length ? { networks } : {}),
    ...(subjects.length ? { subjects } : {}),
    limit: 500,
  };
  const page = useMentions(filter);
  const mentions = page.data?.mentions ?? [];
  const total = page.data?.total ?? 0;
  const filtered =
    period !== 'all' || search.trim() !== '' || sentiments.length + networks.length + subjects.length > 0;

  const choices: SubjectChoices = useMemo(() => {
    const topics = new Map<string, string>();
    for (const term of terms)
      if (term.subject.kind === 'topic') topics.set(subjectKey(term.subject), term.subject.topic);
    for (const m of mentions)
      if (m.subject.kind === 'topic') topics.set(subjectKey(m.subject), m.subject.topic);
    return {
      competitors: competitors.map((c) => ({ id: c.id, name: c.name })),
      topics: [...topics.values()].sort((a, b) => a.localeCompare(b, language)),
    };
  }, [terms, mentions, competitors, language]);
  const hints = useMemo(
    () => ({
      clientName: client.name,
      handles: channels.map((c) => c.handle),
      competitors: competitors.map((c) => ({
        id: c.id,
        name: c.name,
        handles: c.accounts.map((a) => a.handle),
      })),
      terms,
    }),
    [client.name, channels, competitors, terms],
  );
  const knownTags = useMemo(() => [...new Set(mentions.flatMap((m) => m.tags))], [mentions]);
  const rowActions = useMemo(() => {
    /** What to focus once a row's change is saved: the row, or its neighbour if it left the list. */
    const keepFocusNear = (id: string) => {
      const row = rowElement(id);
      const near = (row?.nextElementSibling ?? row?.previousElementSibling)?.getAttribute('data-mention-id');
      return () =>
        requestAnimationFrame(() => {
          const target = rowElement(id) ?? (near ? rowElement(near) : null);
          if (document.activeElement === document.body) target?.focus();
        });
    };
    const byId = new Map(competitors.map((c) => [c.id, c]));
    return {
      subjectName: (s: Subject) => {
        if (s.kind === 'brand') return { name: client.name, color: client.color };
        if (s.kind === 'competitor') {
          const c = byId.get(s.competitorId);
          return { name: c?.name ?? '', color: c?.color ?? null };
        }
        return { name: s.topic, color: null };
      },
      edit: setEditing,
      remove: (m: Mention) => {
        if (editing?.id === m.id) setEditing(null);
        actions.remove([m], keepFocusNear(m.id));
      },
      // Under a sentiment filter the row may leave the list: the keyboard stays in it.
      setSentiment: (m: Mention, s: Sentiment) => actions.setSentiment(m, s, keepFocusNear(m.id)),
    };
  }, [competitors, client.name, client.color, editing, actions]);

  const split = { positive: 0, neutral: 0, negative: 0 };
  for (const m of mentions) split[m.sentiment] += 1;
  const count = (n: number) => formatNumber(n, language);

  return (
    <div className={styles.page}>
      <aside className={styles.entry}>
        <MentionForm
          client={client}
          now={clock}
          hints={hints}
          choices={choices}
          knownTags={knownTags}
          editing={editing}
          titleAction={
            <Button variant="ghost" size="small" onClick={() => setTermsOpen(true)}>
              {t('listening.terms.open')}
            </Button>
          }
          moreAction={
            <Button variant="ghost" onClick={() => setBulkOpen(true)}>
              {t('listening.bulk.open')}
            </Button>
          }
          onDone={(saved, created) => {
            if (!created) {
              setEditing(null);
              focusRow(saved.id);
            }
          }}
          onCancelEdit={() => {
            const id = editing?.id;
            setEditing(null);
            if (id) focusRow(id);
          }}
        />
      </aside>
      <section className={styles.journal} aria-label={t('listening.list.label')}>
        <div className={styles.filters}>
          <input
            type="search"
            className={`${inputs.input} ${styles.search}`}
            aria-label={t('listening.filters.search')}
            placeholder={t('listening.filters.searchPlaceholder')}
            value={typed}
            onChange={(e) => {
              const next = e.target.value;
              setTyped(next);
              if (timer.current) clearTimeout(timer.current);
              timer.current = setTimeout(() => setSearch(next), SEARCH_DELAY_MS);
            }}
          />
          <select
            className={`${inputs.input} ${styles.period}`}
            aria-label={t('listening.filters.period')}
            value={period}
            onChange={(e) => setPeriod(e.target.value as Period)}
          >
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`listening.filters.periods.${p}`)}
              </option>
            ))}
          </select>
          <CheckMenu
            label={t('listening.filters.sentiment')}
            options={SENTIMENTS.map((s) => ({ value: s, label: t(`listening.sentiments.${s}`) }))}
            checked={sentiments}
            onChange={(v) => setSentiments(v as Sentiment[])}
          />
          <CheckMenu
            label={t('listening.filters.subject')}
            options={[
              { value: 'brand', label: client.name },
              ...choices.competitors.map((c) => ({
                value: subjectKey({ kind: 'competitor', competitorId: c.id }),
                label: c.name,
              })),
              ...choices.topics.map((topic) => ({
                value: subjectKey({ kind: 'topic', topic }),
                label: topic,
              })),
            ]}
            checked={subjects}
            onChange={setSubjects}
          />
          <CheckMenu
            label={t('listening.filters.network')}
            options={NETWORK_IDS.map((n) => ({ value: n, label: networkName(t, n) }))}
            checked={networks}
            onChange={(v) => setNetworks(v as NetworkId[])}
          />
          {filtered && (
            <Button
              variant="ghost"
              size="small"
              onClick={() => {
                setPeriod('all');
                setTyped('');
                setSearch('');
                setSentiments([]);
                setNetworks([]);
                setSubjects([]);
              }}
            >
              {t('listening.filters.clear')}
            </Button>
          )}
        </div>
        {page.data && (
          <p className={styles.summary} role="status">
            {t('listening.list.count', { count: total, formatted: count(total) })}
            {mentions.length > 0 &&
              ` · ${t('listening.list.split', {
                positive: count(split.positive),
                neutral: count(split.neutral),
                negative: count(split.negative),
              })}`}
            {total > mentions.length &&
              ` · ${t('listening.list.showing', { shown: count(mentions.length), total: count(total) })}`}
          </p>
        )}
        {page.data && mentions.length === 0 && !filtered && (
          <EmptyState title={t('listening.empty.title')}>
            <p>{t('listening.intro')}</p>
            <p>{t('listening.empty.body')}</p>
            {competitors.length === 0 && (
              <p>
                <a href={hrefOf({ name: 'competitors', clientId: client.id })}>
                  {t('listening.empty.competitors')}
                </a>
              </p>
            )}
          </EmptyState>
        )}
        {page.data && mentions.length === 0 && filtered && (
          <p className={styles.noMatch}>{t('listening.list.noMatch')}</p>
        )}
        {mentions.length > 0 && (
          <>
            <MentionsTable mentions={mentions} actions={rowActions} editingId={editing?.id ?? null} />
            <p className={styles.keys}>{t('listening.list.rowKeys')}</p>
          </>
        )}
      </section>
      {bulkOpen && (
        <BulkMentionsDialog client={client} now={clock} hints={hints} onClose={() => setBulkOpen(false)} />
      )}
      {termsOpen && (
        <TermsDialog
          clientId={client.id}
          clientName={client.name}
          terms={terms}
          competitors={choices.competitors}
          onClose={() => setTermsOpen(false)}
        />
      )}
    </div>
  );
}
