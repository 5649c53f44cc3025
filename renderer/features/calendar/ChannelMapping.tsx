import { useId } from 'react';
import type { FileChannel } from '../../../shared/domain/calendar-file.ts';
import type { Channel } from '../../../shared/domain/channel.ts';
import { NETWORKS } from '../../../shared/networks.ts';
import { useTranslation } from '../../i18n/context.tsx';
import inputs from '../../ui/inputs.module.css';
import { tableStyles as ts } from '../../ui/table.ts';
import styles from './CalendarDialogs.module.css';

/** The value of the "skip these rows" option; channel ids are UUIDs, so it cannot clash. */
const SKIP = 'skip';

/**
 * The channels a file names, each sent to one of this client's channels or skipped. A file from
 * another client names channels this one does not have: without this step every row was refused.
 */
export function ChannelMapping({
  fileChannels,
  channels,
  onChoose,
}: {
  fileChannels: readonly FileChannel[];
  channels: readonly Channel[];
  /** null: skip its rows; undefined: back to what Calepin matched. */
  onChoose: (value: string, channelId: string | null | undefined) => void;
}) {
  const { t } = useTranslation();
  const base = useId();
  const live = channels.filter((c) => !c.archived);
  return (
    <section className={styles.group} aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`} className={styles.subtitle}>
        {t('importFile.channels.title')}
      </h3>
      <p className={styles.hint}>{t('importFile.channels.hint')}</p>
      <div className={ts.wrap}>
        <table className={ts.table}>
          <thead>
            <tr>
              <th scope="col">{t('importFile.channels.inFile')}</th>
              <th scope="col">{t('importFile.channels.rows')}</th>
              <th scope="col">{t('importFile.channels.goesTo')}</th>
            </tr>
          </thead>
          <tbody>
            {fileChannels.map((fc, i) => {
              const id = `${base}-${i}`;
              return (
                <tr key={fc.value} data-invalid={fc.match === 'none' || undefined}>
                  <td>
                    <span id={`${id}-name`}>{fc.value}</span>
                  </td>
                  <td className={ts.num}>{fc.rows}</td>
                  <td className={styles.mapTo}>
                    <select
                      aria-labelledby={`${id}-name`}
                      aria-describedby={`${id}-note`}
                      className={inputs.input}
                      value={fc.match === 'skipped' ? SKIP : (fc.channelId ?? '')}
                      onChange={(e) =>
                        onChoose(fc.value, e.target.value === SKIP ? null : e.target.value || undefined)
                      }
                    >
                      {fc.match === 'none' && <option value="">{t('importFile.channels.choose')}</option>}
                      {live.concat(channels.filter((c) => c.archived && c.id === fc.channelId)).map((c) => (
                        <option key={c.id} value={c.id}>
                          {NETWORKS[c.network].name} · {c.handle}
                        </option>
                      ))}
                      <option value={SKIP}>{t('importFile.channels.skip', { count: fc.rows })}</option>
                    </select>
                    <div id={`${id}-note`} className={styles.hint}>
                      {t(`importFile.channels.match.${fc.match}`)}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
