import { type CSSProperties, useId } from 'react';
import type { Profile } from '../../../../shared/domain/profile.ts';
import styles from './Cover.module.css';
import { longDay } from './report-dates.ts';
import { useReportScope } from './report-scope.ts';

/**
 * The first page: who the report is for (in the client's colour), for when, from whom, and how
 * fresh its figures are, since a report re-opened later still shows the figures read that day.
 */
export function Cover({ profile, logoUrl }: { profile: Profile; logoUrl: string | null }) {
  const { t, locale, report, figures, period, readOn } = useReportScope();
  const titleId = useId();
  const name = profile.name.trim();
  // A custom property set through React's style prop goes by the CSSOM, which `style-src 'self'` allows.
  const colour = { '--client-colour': figures.client.color } as CSSProperties;
  return (
    <section className={styles.cover} aria-labelledby={titleId} style={colour}>
      <div className={styles.band} aria-hidden="true" />
      {(logoUrl || name) && (
        <div className={styles.from}>
          {logoUrl && (
            // The name beside it says whose logo it is; alone, it is at least called a logo.
            <img className={styles.logo} src={logoUrl} alt={name ? '' : t('reports.cover.logo')} />
          )}
          {name && <p className={styles.freelancer}>{name}</p>}
        </div>
      )}
      <div className={styles.heading}>
        <p className={styles.kicker}>{t(`reports.cover.kicker.${report.kind}`)}</p>
        <h1 id={titleId} className={styles.client}>
          {figures.client.name}
        </h1>
        <div className={styles.rule} aria-hidden="true" />
        {report.title.trim() && <p className={styles.title}>{report.title}</p>}
        <p className={styles.period}>{period}</p>
      </div>
      <div className={styles.foot}>
        {name && <p>{t('reports.cover.by', { name })}</p>}
        <p>{t('reports.cover.figuresAt', { date: longDay(readOn, locale) })}</p>
      </div>
    </section>
  );
}
