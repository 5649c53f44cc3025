import { format } from 'date-fns';
import { type KeyboardEvent, useMemo } from 'react';
import type { Mention, Sentiment } from '../../../shared/domain/mention.ts';
import type { Subject } from '../../../shared/domain/mention-subject.ts';
import { firstWords } from '../../../shared/export/excerpt.ts';
import { NETWORKS } from '../../../shared/networks.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale, formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { ColorDot } from '../../ui/Badge.tsx';
import { SortableTable, sortableColumns, useSortableTable } from '../../ui/SortableTable.tsx';
import { tableStyles as ts } from '../../ui/table.ts';
import styles from './Listening.module.css';
import { SENTIMENT_MARK, sentimentForKey } from './sentiment-keys.ts';

const helper = sortableColumns<Mention>();

/** One line per mention, all the same height: a journal of years draws only the rows in view. */
const ROW_HEIGHT = 44;

export interface MentionRowActions {
  subjectName: (s: Subject) => { name: string; color: string | null };
  edit: (m: Mention) => void;
  remove: (m: Mention) => void;
  setSentiment: (m: Mention, s: Sentiment) => void;
}

function useColumns(actions: MentionRowActions) {
  const { t } = useTranslation();
  const language = useLanguage();
  const locale = dateLocale(language);
  return useMemo(() => {
    const collator = new Intl.Collator(language, { numeric: true });
    const text = (a: string, b: string) => collator.compare(a, b);
    return helper.columns([
      helper.accessor((m) => `${m.date} ${m.time}`, {
        id: 'when',
        header: t('listening.list.when'),
        meta: { width: { min: 7, max: 8 } },
        cell: ({ row }) => (
          <span className={styles.when}>
            <span>{format(noonOf(row.original.date), 'd MMM yyyy', { locale })}</span>
            <span className={styles.muted}>{row.original.time}</span>
          </span>
        ),
      }),
      helper.accessor((m) => m.author || NETWORKS[m.network].name, {
        id: 'author',
        header: t('listening.list.author'),
        meta: { width: { min: 8, max: 11 } },
        sortFn: (a, b) => text(a.getValue('author'), b.getValue('author')),
        cell: ({ row }) => {
          const m = row.original;
          const audience =
            m.authorAudience === null
              ? ''
              : ` · ${t('listening.list.followers', { count: m.authorAudience, formatted: formatNumber(m.authorAudience, language) })}`;
          return (
            <span className={styles.author} title={m.author}>
              <span>{m.author || '—'}</span>
              <span className={styles.muted}>
                {NETWORKS[m.network].name}
                {audience}
              </span>
            </span>
          );
        },
      }),
      helper.accessor((m) => m.text || m.url, {
        id: 'text',
        header: t('listening.list.text'),
        meta: { className: styles.textCell, width: { min: 12 } },
        sortFn: (a, b) => text(a.getValue('text'), b.getValue('text')),
        cell: ({ row }) => {
          const m = row.original;
          return (
            <>
              <button
                type="button"
                className={styles.open}
                title={[m.text, m.tags.join(', ')].filter(Boolean).join('\n')}
                onClick={() => actions.edit(m)}
              >
                {firstWords(m.text, 140) || m.url}
              </button>
              {m.url && (
                <a
                  className={styles.link}
                  href={m.url}
                  target="_blank"
                  rel="noreferrer noopener"
                  aria-label={t('listening.list.open')}
                  title={m.url}
                >
                  ↗
                </a>
              )}
            </>
          );
        },
      }),
      helper.accessor((m) => actions.subjectName(m.subject).name, {
        id: 'subject',
        header: t('listening.list.subject'),
        meta: { width: { min: 7, max: 10 } },
        sortFn: (a, b) => text(a.getValue('subject'), b.getValue('subject')),
        cell: ({ row, getValue }) => {
          const color = actions.subjectName(row.original.subject).color;
          return (
            <span className={ts.nameCell}>
              {color && <ColorDot color={color} />}
              {getValue()}
            </span>
          );
        },
      }),
      helper.accessor((m) => m.sentiment, {
        id: 'sentiment',
        header: t('listening.list.sentiment'),
        meta: { width: { min: 6, max: 7 } },
        cell: ({ row }) => {
          const s = row.original.sentiment;
          return (
            <span className={styles.sentimentCell} data-sentiment={s}>
              <span aria-hidden="true">{SENTIMENT_MARK[s]}</span> {t(`listening.sentiments.${s}`)}
            </span>
          );
        },
      }),
    ]);
  }, [t, language, locale, actions]);
}

/**
 * The journal, newest first. A row takes the keyboard: Enter opens it in the form, + = − set its
 * sentiment (the way to go through a pasted list), Delete moves it to the Trash.
 */
export function MentionsTable({
  mentions,
  actions,
  editingId,
}: {
  mentions: readonly Mention[];
  actions: MentionRowActions;
  editingId: string | null;
}) {
  const { t } = useTranslation();
  const columns = useColumns(actions);
  const table = useSortableTable({
    columns,
    data: mentions as Mention[],
    getRowId: (m) => m.id,
    sortedBy: { id: 'when', desc: true },
  });
  const onKeyDown = (m: Mention) => (e: KeyboardEvent<HTMLTableRowElement>) => {
    if (e.target !== e.currentTarget) return;
    const sentiment = sentimentForKey(e.key);
    if (sentiment) {
      e.preventDefault();
      if (sentiment !== m.sentiment) actions.setSentiment(m, sentiment);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      actions.edit(m);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      actions.remove(m);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = (
        e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling
      ) as HTMLElement | null;
      next?.focus();
    }
  };
  return (
    <SortableTable
      table={table}
      caption={t('listening.list.label')}
      wrapClassName={styles.scroll}
      virtual={{ rowHeight: ROW_HEIGHT }}
      rowProps={(row) => ({
        tabIndex: 0,
        'data-mention-id': row.id,
        'data-selected': row.id === editingId || undefined,
        'aria-keyshortcuts': '+ = - Enter Delete',
        onKeyDown: onKeyDown(row.original),
      })}
    />
  );
}
