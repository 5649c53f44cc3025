import { format } from 'date-fns';
import type { ReactNode } from 'react';
import { dateToUtcMs } from '../../../shared/calendar/dates.ts';
import type { AuditQuestion } from '../../../shared/domain/audit.ts';
import type {
  AuditFigures,
  CompetitorAnswer,
  DoTheyInteract,
  GroupRate,
  HowAndWhen,
  NetworkShare,
  WhatWorks,
  WhoInteracts,
} from '../../../shared/domain/audit-figures.ts';
import type { RankedPost } from '../../../shared/domain/dashboard.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import { firstWords } from '../../../shared/export/excerpt.ts';
import { ENGAGEMENT_KPI, type KpiId } from '../../../shared/kpi/catalogue.ts';
import type { KpiValue } from '../../../shared/kpi/value.ts';
import type { Rank } from '../../../shared/listening/benchmark-values.ts';
import { formatChange, formatPercent } from '../../common/format/format-kpi.ts';
import { networkName } from '../../common/format/network-name.ts';
import { hrefOf } from '../../common/hooks/route.ts';
import { NetworkBadge } from '../../common/widgets/NetworkBadge.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import type { TFunction } from '../../i18n/keys.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { barShare, bestAndWorst, type Rated } from './answer-figures.ts';
import styles from './CalepinAnswer.module.css';
import { MiniHeatmap } from './MiniHeatmap.tsx';

const pct = (v: KpiValue, language: Language) => (v.value === null ? '—' : formatPercent(v.value, language));

const shortDay = (day: string, language: Language) =>
  format(dateToUtcMs(day) + 12 * 3_600_000, 'd MMM', { locale: dateLocale(language) });

/** A small titled part of an answer. */
function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className={styles.part}>
      <h4 className={styles.partTitle}>{title}</h4>
      {children}
    </div>
  );
}

function None({ children }: { children: ReactNode }) {
  return <p className={styles.none}>{children}</p>;
}

function PostList({ posts, label }: { posts: readonly RankedPost[]; label: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ol className={styles.posts} aria-label={label}>
      {posts.map((p) => (
        <li key={p.postId} className={styles.post}>
          <span className={styles.postCaption}>{firstWords(p.caption, 70) || t('posts.untitled')}</span>
          <span className={styles.postMeta}>
            <NetworkBadge network={p.network} />
            <span>{shortDay(p.date, language)}</span>
            <span className={styles.rate}>{formatPercent(p.rate, language)}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}

/** "Reel 6.1 % · weakest: Text 1.2 %" for one ranking of groups. */
function Ranking<G extends GroupRate>({
  title,
  groups,
  name,
}: {
  title: string;
  groups: readonly G[];
  name: (g: Rated<G>) => string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ends = bestAndWorst(groups);
  return (
    <div className={styles.ranking}>
      <dt>{title}</dt>
      <dd>
        {ends === null ? (
          <span className={styles.muted}>{t('audit.answers.noRate')}</span>
        ) : (
          <>
            <span className={styles.best}>
              {t('audit.answers.best', {
                name: name(ends.best),
                rate: formatPercent(ends.best.rate.value, language),
              })}
            </span>
            {ends.worst && (
              <span className={styles.worst}>
                {t('audit.answers.worst', {
                  name: name(ends.worst),
                  rate: formatPercent(ends.worst.rate.value, language),
                })}
              </span>
            )}
          </>
        )}
      </dd>
    </div>
  );
}

function WhatWorksAnswer({ a }: { a: WhatWorks }) {
  const { t } = useTranslation();
  if (a.best.length === 0) return <None>{t('audit.answers.noNumbers')}</None>;
  return (
    <>
      <div className={styles.columns}>
        <Part title={a.worst.length > 0 ? t('audit.answers.bestPosts') : t('audit.answers.ratedPosts')}>
          <PostList posts={a.best} label={t('audit.answers.bestPosts')} />
        </Part>
        {a.worst.length > 0 && (
          <Part title={t('audit.answers.worstPosts')}>
            <PostList posts={a.worst} label={t('audit.answers.worstPosts')} />
          </Part>
        )}
      </div>
      <dl className={styles.rankings}>
        <Ranking
          title={t('audit.answers.byFormat')}
          groups={a.byFormat}
          name={(g) => t(`posts.format.${g.format}`)}
        />
        <Ranking
          title={t('audit.answers.byPillar')}
          groups={a.byPillar}
          name={(g) => g.name ?? t('audit.answers.noPillar')}
        />
        <Ranking
          title={t('audit.answers.byNetwork')}
          groups={a.byNetwork}
          name={(g) => networkName(t, g.network)}
        />
      </dl>
    </>
  );
}

function WhoAnswer({ a, bestCount }: { a: WhoInteracts; bestCount: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (bestCount === 0) return <None>{t('audit.answers.noNumbers')}</None>;
  return (
    <>
      {a.segments.length === 0 ? (
        <None>{t('audit.answers.noSegments')}</None>
      ) : (
        <ul className={styles.segments}>
          {a.segments.map((s) => (
            <li key={s.segmentId} className={styles.segment}>
              <span className={styles.segmentName}>{s.name}</span>
              <span className={styles.muted}>
                {t('audit.answers.segmentBest', { count: s.bestPosts, best: bestCount })}
                {' · '}
                {t('audit.answers.segmentRate', { count: s.posts, rate: pct(s.rate, language) })}
              </span>
              {(s.notes.trim() || s.description.trim()) && (
                <span className={styles.segmentNotes}>
                  {firstWords(s.notes.trim() || s.description, 160)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {a.bestWithoutSegment > 0 && a.segments.length > 0 && (
        <p className={styles.muted}>{t('audit.answers.withoutSegment', { count: a.bestWithoutSegment })}</p>
      )}
    </>
  );
}

function InteractAnswer({ a, basis, kpi }: { a: DoTheyInteract; basis: string; kpi: KpiId }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const values = a.trend.map((p) => p.rate.value);
  // Said as the dashboard says a rate's change: "+0,8 pt", judged by which way is better.
  const changed = formatChange(kpi, a.current, a.previous, language);
  const change = changed && {
    text: changed.text,
    tone: changed.good === null ? 'same' : changed.good ? 'good' : 'bad',
  };
  const bucketLabel = (start: string) =>
    t(a.bucket === 'week' ? 'audit.answers.weekOf' : 'audit.answers.monthOf', {
      day:
        a.bucket === 'week'
          ? shortDay(start, language)
          : format(dateToUtcMs(start) + 12 * 3_600_000, 'LLLL', { locale: dateLocale(language) }),
    });
  return (
    <>
      <div className={styles.headline}>
        <span className={styles.bigFigure}>{pct(a.current, language)}</span>
        <span>
          {t('audit.answers.rateOver', { basis })}
          {change && (
            <>
              <br />
              <span className={styles.tone} data-tone={change.tone}>
                {change.text}
              </span>{' '}
              <span className={styles.muted}>
                {t('audit.answers.vsBefore', { rate: pct(a.previous, language) })}
              </span>
            </>
          )}
          {change === null && a.current.value !== null && (
            <>
              <br />
              <span className={styles.muted}>{t('audit.answers.noBefore')}</span>
            </>
          )}
        </span>
      </div>
      {a.trend.length > 1 && (
        <Part title={t(a.bucket === 'week' ? 'audit.answers.trendWeeks' : 'audit.answers.trendMonths')}>
          <ol className={styles.trend}>
            {a.trend.map((p) => {
              const label = `${bucketLabel(p.start)}: ${
                p.rate.value === null
                  ? t('audit.answers.noRateShort', { count: p.posts })
                  : t('audit.answers.trendPoint', {
                      rate: formatPercent(p.rate.value, language),
                      count: p.posts,
                    })
              }`;
              return (
                <li key={p.start} className={styles.trendBar} title={label}>
                  <span className="visually-hidden">{label}</span>
                  <span
                    aria-hidden="true"
                    className={styles.bar}
                    data-empty={p.rate.value === null || undefined}
                    style={{
                      blockSize: `${Math.max(4, (barShare(p.rate.value, values) ?? 0) * 100)}%`,
                    }}
                  />
                </li>
              );
            })}
          </ol>
          <div className={styles.trendAxis} aria-hidden="true">
            <span>{bucketLabel(a.trend[0]?.start ?? '')}</span>
            <span>{bucketLabel(a.trend[a.trend.length - 1]?.start ?? '')}</span>
          </div>
        </Part>
      )}
      <p>
        {t('audit.answers.logged', {
          count: a.published,
          logged: a.withNumbers,
          share: pct(a.loggedShare, language),
        })}
      </p>
    </>
  );
}

function WhenAnswer({
  a,
  basis,
  timeZone,
}: {
  a: HowAndWhen;
  basis: AuditFigures['basis'];
  timeZone: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (a.heatmap.length === 0) return <None>{t('audit.answers.noPosts')}</None>;
  const formats = a.formats.filter((f) => f.rate.value !== null).slice(0, 3);
  return (
    <>
      <MiniHeatmap heatmap={a.heatmap} basis={basis} timeZone={timeZone} />
      <Part title={t('audit.answers.formatsThatWork')}>
        {formats.length === 0 ? (
          <None>{t('audit.answers.noRate')}</None>
        ) : (
          <ol className={styles.inlineList}>
            {formats.map((f) => (
              <li key={f.format}>
                {t('audit.answers.formatRate', {
                  format: t(`posts.format.${f.format}`),
                  rate: pct(f.rate, language),
                  count: f.posts,
                })}
              </li>
            ))}
          </ol>
        )}
      </Part>
    </>
  );
}

function NetworkAnswer({ a }: { a: NetworkShare[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (a.length === 0) return <None>{t('audit.answers.noChannels')}</None>;
  return (
    <table className={styles.shares}>
      <caption className="visually-hidden">{t('audit.answers.sharesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.answers.network')}</th>
          <th scope="col" className={styles.num}>
            {t('audit.answers.posts')}
          </th>
          <th scope="col">{t('audit.answers.reachShare')}</th>
          <th scope="col">{t('audit.answers.engagementShare')}</th>
          <th scope="col">{t('audit.answers.segmentsThere')}</th>
        </tr>
      </thead>
      <tbody>
        {a.map((n) => (
          <tr key={n.network}>
            <th scope="row">
              <NetworkBadge network={n.network} />
            </th>
            <td className={styles.num}>{n.posts}</td>
            <td>
              <ShareBar value={n.reachShare} language={language} />
            </td>
            <td>
              <ShareBar value={n.engagementShare} language={language} />
            </td>
            <td className={styles.segmentsCell}>
              {n.segments.length === 0 ? (
                <span className={styles.muted}>—</span>
              ) : (
                n.segments.map((s) => s.name).join(', ')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ShareBar({ value, language }: { value: KpiValue; language: Language }) {
  return (
    <span className={styles.share}>
      <span className={styles.shareTrack} aria-hidden="true">
        <span className={styles.shareFill} style={{ inlineSize: `${Math.min(100, value.value ?? 0)}%` }} />
      </span>
      <span className={styles.shareText}>{pct(value, language)}</span>
    </span>
  );
}

const ordinal = (t: TFunction, r: Rank | null, language: Language) =>
  r === null
    ? t('audit.answers.noRank')
    : t(r.tied ? 'audit.answers.rankTied' : 'audit.answers.rank', {
        rank: new Intl.NumberFormat(language).format(r.rank),
        of: r.of,
      });

function CompetitorsAnswer({ a, clientId }: { a: CompetitorAnswer; clientId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!a.available)
    return (
      <div className={styles.needs}>
        <p>{t('audit.answers.needsCompetitors')}</p>
        <a className={styles.link} href={hrefOf({ name: 'competitors', clientId })}>
          {t('audit.answers.logCompetitors')}
        </a>
      </div>
    );
  const networks = a.networks.filter((n) => n.competitors > 0);
  const ranked = networks.some((n) => n.growth !== null || n.engagement !== null);
  return (
    <>
      <p>{t('audit.answers.competitorCount', { count: a.competitors })}</p>
      {!ranked && (
        <p className={styles.muted}>
          {t('audit.answers.noReadings')}{' '}
          <a className={styles.link} href={hrefOf({ name: 'competitors', clientId })}>
            {t('audit.answers.logReadings')}
          </a>
        </p>
      )}
      {ranked && (
        <table className={styles.shares}>
          <caption className="visually-hidden">{t('audit.answers.standingsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.answers.network')}</th>
              <th scope="col">{t('audit.answers.growthRank')}</th>
              <th scope="col">{t('audit.answers.engagementRank')}</th>
            </tr>
          </thead>
          <tbody>
            {networks.map((n) => (
              <tr key={n.network}>
                <th scope="row">
                  <NetworkBadge network={n.network} />
                  {!n.present && <span className={styles.muted}> {t('audit.answers.absent')}</span>}
                </th>
                <td>{ordinal(t, n.growth, language)}</td>
                <td>{ordinal(t, n.engagement, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {a.voice.available ? (
        <p>
          {t('audit.answers.voice', {
            share: pct(a.voice.shareOfVoice, language),
            sentiment: pct(a.voice.sentiment, language),
          })}
        </p>
      ) : (
        <p className={styles.muted}>{t('audit.answers.noMentions')}</p>
      )}
    </>
  );
}

/** Calepin's answer to one question, from the period's figures: a few figures and short lists. */
export function CalepinAnswer({
  question,
  figures,
  clientId,
  timeZone,
}: {
  question: AuditQuestion;
  figures: AuditFigures;
  clientId: string;
  timeZone: string;
}) {
  const { t } = useTranslation();
  switch (question) {
    case 1:
      return <WhatWorksAnswer a={figures.whatWorks} />;
    case 2:
      return <WhoAnswer a={figures.whoInteracts} bestCount={figures.whatWorks.best.length} />;
    case 3:
      return (
        <InteractAnswer
          a={figures.doTheyInteract}
          basis={t(`kpis.bases.${figures.basis}`)}
          kpi={ENGAGEMENT_KPI[figures.basis]}
        />
      );
    case 4:
      return <WhenAnswer a={figures.howAndWhen} basis={figures.basis} timeZone={timeZone} />;
    case 5:
      return <NetworkAnswer a={figures.whichNetwork} />;
    case 6:
      return <CompetitorsAnswer a={figures.competitors} clientId={clientId} />;
  }
}
