import type { ReactNode } from 'react';
import { AGE_BANDS, GENDERS, type Segment, shareTotal } from '../../../shared/domain/segment.ts';
import { formatPercent } from '../../common/format/format-kpi.ts';
import { renderNotes } from '../../common/format/render-notes.tsx';
import { NetworkBadge } from '../../common/widgets/NetworkBadge.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import prose from '../../ui/Prose.module.css';
import { AgeBar } from './AgeBar.tsx';
import styles from './SegmentCard.module.css';
import { activeByPart, ageShares, dayRuns, genderSplit, topPlaces } from './segment-summary.ts';

export interface SegmentCardProps {
  segment: Segment;
  onEdit: () => void;
  onDelete: () => void;
}

/** Whether any breakdown of the segment is off 100 %: flagged on the card too, so it gets fixed. */
const sharesOff = (s: Segment) =>
  [s.places.map((p) => p.share), AGE_BANDS.map((b) => s.ages[b]), GENDERS.map((g) => s.genders[g])].some(
    (shares) => shareTotal(shares).off,
  );

/** One segment at a glance: who (ages, gender), where (top places), on what and when. */
export function SegmentCard({ segment, onEdit, onDelete }: SegmentCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pct = (share: number) => formatPercent(share, language, 0, 1);
  const titleId = `segment-${segment.id}`;
  const places = topPlaces(segment.places);
  const ages = ageShares(segment.ages);
  const genders = genderSplit(segment.genders);
  const active = activeByPart(segment.active);

  const rows: [string, ReactNode][] = [];
  if (places.length > 0)
    rows.push([
      t('audience.card.places'),
      [
        places.map((p) => (p.share === null ? p.name : `${p.name} ${pct(p.share)}`)).join(', '),
        segment.places.length > places.length
          ? t('audience.card.more', { count: segment.places.length - places.length })
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    ]);
  if (ages.length > 0) rows.push([t('audience.card.ages'), <AgeBar key="a" ages={ages} format={pct} />]);
  if (genders.length > 0)
    rows.push([
      t('audience.card.genders'),
      genders.map((g) => `${t(`audience.genders.${g.gender}`)} ${pct(g.share)}`).join(' · '),
    ]);
  if (segment.networks.length > 0)
    rows.push([
      t('audience.card.networks'),
      <span key="n" className={styles.networks}>
        {segment.networks.map((n) => (
          <NetworkBadge key={n} network={n} />
        ))}
      </span>,
    ]);
  if (active.length > 0)
    rows.push([
      t('audience.card.active'),
      active
        .map(
          (a) =>
            `${t(`audience.dayParts.${a.part}`)} (${dayRuns(a.days, (d) => t(`audience.weekdaysShort.${d}`)).join(', ')})`,
        )
        .join(' · '),
    ]);
  if (segment.sectors.length > 0) rows.push([t('audience.card.sectors'), segment.sectors.join(', ')]);
  if (segment.interests.length > 0)
    rows.push([
      t('audience.card.interests'),
      <ul key="t" className={styles.tags}>
        {segment.interests.map((tag) => (
          <li key={tag}>{tag}</li>
        ))}
      </ul>,
    ]);

  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <header className={styles.header}>
        <h2 id={titleId} className={styles.name}>
          {segment.name}
        </h2>
        {segment.sizeEstimate !== null && (
          <span className={styles.size}>
            {t('audience.card.size', {
              count: segment.sizeEstimate,
              size: formatNumber(segment.sizeEstimate, language),
            })}
          </span>
        )}
      </header>
      {segment.description && <p className={styles.description}>{segment.description}</p>}
      {rows.length > 0 ? (
        <dl className={styles.summary}>
          {rows.map(([term, detail]) => (
            <div key={term} className={styles.row}>
              <dt>{term}</dt>
              <dd>{detail}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className={styles.bare}>{t('audience.card.bare')}</p>
      )}
      {sharesOff(segment) && (
        <p>
          <Badge tone="warn">{t('audience.card.sharesOff')}</Badge>
        </p>
      )}
      {segment.notes.trim() && (
        <details className={styles.notes}>
          <summary>{t('audience.card.notes')}</summary>
          <div className={prose.prose}>{renderNotes(segment.notes)}</div>
        </details>
      )}
      <footer className={styles.actions}>
        <Button
          size="small"
          onClick={onEdit}
          aria-label={t('audience.card.editLabel', { name: segment.name })}
        >
          {t('common.edit')}
        </Button>
        <Button
          size="small"
          variant="dangerGhost"
          onClick={onDelete}
          aria-label={t('audience.card.deleteLabel', { name: segment.name })}
        >
          {t('common.delete')}
        </Button>
      </footer>
    </article>
  );
}
