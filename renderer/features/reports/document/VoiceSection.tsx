import type { SentimentSplit } from '../../../../shared/domain/voice.ts';
import { shareOfVoice } from '../../../../shared/kpi/formulas.ts';
import {
  emptySplit,
  mentionsIn,
  sentimentOf,
  voiceShare,
  voiceTotals,
} from '../../../../shared/kpi/voice.ts';
import { formatKpi } from '../../../common/format/format-kpi.ts';
import { formatNumber } from '../../../i18n/format.ts';
import styles from './ReportDocument.module.css';
import { useReportScope } from './report-scope.ts';
import { Section } from './Section.tsx';

interface Voice {
  key: string;
  name: string;
  color: string;
  split: SentimentSplit;
}

/**
 * Who was heard over the period, on every network: the client and each competitor with their
 * mentions, their share of all of them, and how people feel about each (the dashboard's table).
 */
export function VoiceSection() {
  const { t, language, figures } = useReportScope();
  const { listening } = figures.dashboard;
  const counts = listening.current.all;
  const voices: Voice[] = [
    { key: 'brand', name: figures.client.name, color: figures.client.color, split: counts.brand },
    ...listening.competitors
      .filter((c) => !c.archived || counts.competitors[c.id])
      .map((c) => ({
        key: c.id,
        name: c.name,
        color: c.color,
        split: counts.competitors[c.id] ?? emptySplit(),
      })),
  ];
  const all = voices.reduce((sum, v) => sum + mentionsIn(v.split), 0);
  const n = (x: number) => formatNumber(x, language);
  const engagements = listening.current.engagements;
  return (
    <Section id="voice">
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('kpis.voice.who')}</th>
            <th scope="col" className={styles.num}>
              {t('kpis.voice.mentions')}
            </th>
            <th scope="col" className={styles.num}>
              {t('kpis.names.shareOfVoice')}
            </th>
            <th scope="col" className={styles.num}>
              {t('kpis.voice.positive')}
            </th>
            <th scope="col" className={styles.num}>
              {t('kpis.voice.neutral')}
            </th>
            <th scope="col" className={styles.num}>
              {t('kpis.voice.negative')}
            </th>
            <th scope="col" className={styles.num}>
              {t('kpis.names.sentimentScore')}
            </th>
          </tr>
        </thead>
        <tbody>
          {voices.map((v) => {
            // The client's share against nobody is no share: its figure says so too.
            const share =
              v.key === 'brand'
                ? voiceShare(voiceTotals(counts, listening.competitors.length))
                : shareOfVoice(mentionsIn(v.split), all - mentionsIn(v.split));
            return (
              <tr key={v.key}>
                <th scope="row">
                  <span className={styles.owner}>
                    <span className={styles.dot} style={{ background: v.color }} aria-hidden="true" />
                    {v.name}
                  </span>
                </th>
                <td className={styles.num}>{n(mentionsIn(v.split))}</td>
                <td className={styles.num}>{formatKpi('shareOfVoice', share, language, '')}</td>
                <td className={styles.num}>{n(v.split.positive)}</td>
                <td className={styles.num}>{n(v.split.neutral)}</td>
                <td className={styles.num}>{n(v.split.negative)}</td>
                <td className={styles.num}>
                  {formatKpi('sentimentScore', sentimentOf(v.split), language, '')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className={styles.small}>
        {t('reports.voice.basis')}{' '}
        {engagements && engagements.brand !== null
          ? t('kpis.voice.engagements', {
              share: formatKpi(
                'shareOfVoice',
                shareOfVoice(engagements.brand, engagements.competitors),
                language,
                '',
              ),
              brand: n(engagements.brand),
              competitors: n(Math.round(engagements.competitors)),
            })
          : null}
      </p>
    </Section>
  );
}
