import { voiceRows } from '../../../../shared/kpi/voice-rows.ts';
import { engagementShareText } from '../../../common/format/figure-basis.ts';
import { formatKpi } from '../../../common/format/format-kpi.ts';
import { VoiceHead } from '../../../common/widgets/VoiceHead.tsx';
import { formatNumber } from '../../../i18n/format.ts';
import styles from './ReportDocument.module.css';
import { useReportScope } from './report-scope.ts';
import { Section } from './Section.tsx';

/**
 * Who was heard over the period, on every network: the client and each competitor with their
 * mentions, their share of all of them, and how people feel about each (the dashboard's table).
 */
export function VoiceSection() {
  const { t, language, figures } = useReportScope();
  const { listening } = figures.dashboard;
  const rows = voiceRows(listening.current.all, listening.competitors, figures.client);
  const n = (x: number) => formatNumber(x, language);
  return (
    <Section id="voice">
      <table className={styles.table}>
        <VoiceHead t={t} numClass={styles.num} />
        <tbody>
          {rows.map((v) => (
            <tr key={v.key}>
              <th scope="row">
                <span className={styles.owner}>
                  <span className={styles.dot} style={{ background: v.color }} aria-hidden="true" />
                  {v.name}
                </span>
              </th>
              <td className={styles.num}>{n(v.mentions)}</td>
              <td className={styles.num}>{formatKpi('shareOfVoice', v.share, language, '')}</td>
              <td className={styles.num}>{n(v.split.positive)}</td>
              <td className={styles.num}>{n(v.split.neutral)}</td>
              <td className={styles.num}>{n(v.split.negative)}</td>
              <td className={styles.num}>{formatKpi('sentimentScore', v.sentiment, language, '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.small}>
        {t('reports.voice.basis')} {engagementShareText(t, listening.current.engagements, language)}
      </p>
    </Section>
  );
}
