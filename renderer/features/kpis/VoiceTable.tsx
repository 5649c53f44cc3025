import { useId, useState } from 'react';
import type { Dashboard } from '../../../shared/domain/dashboard.ts';
import type { VoiceCounts } from '../../../shared/domain/voice.ts';
import { emptySplit } from '../../../shared/kpi/voice.ts';
import { voiceRows } from '../../../shared/kpi/voice-rows.ts';
import type { NetworkId } from '../../../shared/networks.ts';
import { engagementShareText } from '../../common/format/figure-basis.ts';
import { networkName } from '../../common/format/network-name.ts';
import { VoiceHead } from '../../common/widgets/VoiceHead.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { ColorDot } from '../../ui/Badge.tsx';
import inputs from '../../ui/inputs.module.css';
import { tableStyles as ts } from '../../ui/table.ts';
import styles from './DashboardPage.module.css';
import { KpiFigure } from './KpiFigure.tsx';

/**
 * Who is heard, overall or on one network: the client and each competitor with their mentions, their
 * share of all of them, and how people feel about each. Share of voice is the client's and each
 * competitor's mentions over all of theirs; sentiment, positive over positive and negative.
 */
export function VoiceTable({
  dashboard,
  clientName,
  clientColor,
}: {
  dashboard: Dashboard;
  clientName: string;
  clientColor: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [chosen, setNetwork] = useState<NetworkId | 'all'>('all');
  const { listening } = dashboard;
  const networks = Object.keys(listening.current.byNetwork) as NetworkId[];
  // Another period may have no mention on the network chosen before: all of them again.
  const network = chosen !== 'all' && networks.includes(chosen) ? chosen : 'all';
  const counts: VoiceCounts =
    network === 'all'
      ? listening.current.all
      : (listening.current.byNetwork[network] ?? { brand: emptySplit(), competitors: {} });
  const rows = voiceRows(counts, listening.competitors, { name: clientName, color: clientColor });
  const n = (x: number) => formatNumber(x, language);
  const engagements = network === 'all' ? listening.current.engagements : null;
  return (
    <>
      {networks.length > 1 && (
        <label className={styles.voiceNetwork}>
          {t('kpis.voice.network')}
          <select
            className={inputs.input}
            value={network}
            onChange={(e) => setNetwork(e.target.value as NetworkId | 'all')}
          >
            <option value="all">{t('kpis.voice.allNetworks')}</option>
            {networks.map((nw) => (
              <option key={nw} value={nw}>
                {networkName(t, nw)}
              </option>
            ))}
          </select>
        </label>
      )}
      <table className={ts.table} aria-describedby={`${id}-basis`}>
        <caption className="visually-hidden">{t('kpis.voice.title')}</caption>
        <VoiceHead t={t} numClass={ts.num} />
        <tbody>
          {rows.map((v) => (
            <tr key={v.key}>
              <th scope="row">
                <span className={ts.nameCell}>
                  <ColorDot color={v.color} />
                  {v.name}
                </span>
              </th>
              <td className={ts.num}>{n(v.mentions)}</td>
              <td className={ts.num}>
                <KpiFigure id="shareOfVoice" value={v.share} currency="" />
              </td>
              <td className={ts.num}>{n(v.split.positive)}</td>
              <td className={ts.num}>{n(v.split.neutral)}</td>
              <td className={ts.num}>{n(v.split.negative)}</td>
              <td className={ts.num}>
                <KpiFigure id="sentimentScore" value={v.sentiment} currency="" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p id={`${id}-basis`} className={styles.voiceBasis}>
        {t('kpis.voice.basis')}{' '}
        {engagementShareText(t, engagements, language) ?? t('kpis.voice.noEngagements')}
      </p>
    </>
  );
}
