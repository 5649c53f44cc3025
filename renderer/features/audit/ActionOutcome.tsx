import type { MouseEvent } from 'react';
import { utcToZoned } from '../../../shared/calendar/zoned.ts';
import type { ActionOutcome as Outcome } from '../../../shared/domain/audit.ts';
import { useObjectives } from '../../common/data/kpi-queries.ts';
import { usePillars } from '../../common/data/post-queries.ts';
import { hrefOf, navigate } from '../../common/hooks/route.ts';
import { useCalendarView } from '../../common/hooks/use-calendar-view.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { formatLongDay } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { ColorDot } from '../../ui/Badge.tsx';
import styles from './AuditView.module.css';
import { usePost } from './queries.ts';

function ObjectiveOutcome({ id, clientId }: { id: string; clientId: string }) {
  const { t } = useTranslation();
  const objective = useObjectives(clientId).data?.find((o) => o.id === id);
  return (
    <a className={styles.outcome} href={hrefOf({ name: 'objectives', clientId })}>
      <span className={styles.outcomeKind}>{t('audit.became.objective')}</span>
      <span className={styles.outcomeName}>{objective?.title ?? '…'}</span>
    </a>
  );
}

function PillarOutcome({ id, clientId }: { id: string; clientId: string }) {
  const { t } = useTranslation();
  const pillar = usePillars(clientId).data?.find((p) => p.id === id);
  return (
    <span className={styles.outcome}>
      <span className={styles.outcomeKind}>{t('audit.became.pillar')}</span>
      {pillar && <ColorDot color={pillar.color} />}
      <span className={styles.outcomeName}>{pillar?.name ?? '…'}</span>
    </span>
  );
}

function PostOutcome({ id, clientId, timeZone }: { id: string; clientId: string; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const stored = usePost(id).data;
  // The day and time on the clock the post was planned on.
  const post = stored ? utcToZoned(stored.plannedAt, stored.timeZone) : undefined;
  const calendar = useCalendarView(clientId, timeZone);
  const href = hrefOf({ name: 'calendar', clientId });
  // The calendar opens on the draft's week: the day is set first, then the screen shown.
  const open = (e: MouseEvent) => {
    if (!post || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    calendar.show('week', post.date);
    navigate({ name: 'calendar', clientId });
  };
  return (
    <a className={styles.outcome} href={href} onClick={open}>
      <span className={styles.outcomeKind}>{t('audit.became.post')}</span>
      <span className={styles.outcomeName}>
        {post ? t('audit.became.postOn', { day: formatLongDay(post.date, language), time: post.time }) : '…'}
      </span>
    </a>
  );
}

/** What an action became, in one line: the objective (a link to them), the pillar, or the draft's day on the calendar. */
export function ActionOutcome({
  outcome,
  clientId,
  timeZone,
}: {
  outcome: Outcome;
  clientId: string;
  timeZone: string;
}) {
  switch (outcome.kind) {
    case 'objective':
      return <ObjectiveOutcome id={outcome.id} clientId={clientId} />;
    case 'pillar':
      return <PillarOutcome id={outcome.id} clientId={clientId} />;
    case 'post':
      return <PostOutcome id={outcome.id} clientId={clientId} timeZone={timeZone} />;
  }
}
