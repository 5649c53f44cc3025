import type { Channel } from '../../../shared/domain/channel.ts';
import type { FollowerCount } from '../../../shared/domain/followers.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import { NetworkBadge } from '../../common/widgets/NetworkBadge.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { formatLongDay, formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { controlProps } from '../../ui/Field.tsx';
import inputs from '../../ui/inputs.module.css';
import styles from './FollowersForm.module.css';
import { followerChange, followerWarning, type TypedCount } from './follower-entries.ts';

export interface FollowerRowProps {
  channel: Channel;
  typed: TypedCount;
  /** The latest count on or before the form's date: the placeholder, and the base of the change. */
  previous: FollowerCount | undefined;
  followersError: string | undefined;
  visitsError: string | undefined;
  idPrefix: string;
  onType: (part: keyof TypedCount, text: string) => void;
}

/** "+56", "−12", "±0": the change since the previous count. */
function signed(n: number, language: Language): string {
  const sign = n > 0 ? '+' : n < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(n), language)}`;
}

/** One channel of the weekly form: its followers (with the previous count and the change) and profile visits. */
export function FollowerRow({
  channel,
  typed,
  previous,
  followersError,
  visitsError,
  idPrefix,
  onType,
}: FollowerRowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const change = followerChange(typed.followers, previous, language);
  const followersId = `${idPrefix}-followers`;
  const visitsId = `${idPrefix}-visits`;
  const before = previous
    ? t('metrics.followers.previous', {
        count: previous.followers,
        value: formatNumber(previous.followers, language),
        date: formatLongDay(previous.takenOn, language),
      })
    : t('metrics.followers.noPrevious');
  const warning = followerWarning(typed.followers, previous, language);
  const followersControl = controlProps(followersId, before, followersError);
  const describedBy =
    [followersControl['aria-describedby'], warning && `${followersId}-warning`].filter(Boolean).join(' ') ||
    undefined;
  const visitsBefore =
    previous && previous.profileVisits !== null ? formatNumber(previous.profileVisits, language) : '';
  return (
    <tr>
      <th scope="row" className={styles.channel}>
        <NetworkBadge network={channel.network} />
        <span className={styles.handle}>{channel.handle}</span>
      </th>
      <td className={styles.num}>
        <input
          {...followersControl}
          aria-describedby={describedBy}
          data-warning={warning ? true : undefined}
          className={`${inputs.input} ${styles.count}`}
          aria-label={t('metrics.followers.followersOf', { handle: channel.handle })}
          inputMode="numeric"
          autoComplete="off"
          placeholder={previous ? formatNumber(previous.followers, language) : ''}
          value={typed.followers}
          onChange={(e) => onType('followers', e.target.value)}
        />
        <span id={`${followersId}-hint`} className={styles.previous}>
          {before}
        </span>
        {warning && previous && (
          <span id={`${followersId}-warning`} className={styles.warning}>
            <span aria-hidden="true">⚠ </span>
            {t(`metrics.followers.${warning}`, {
              value: formatNumber(previous.followers, language),
              date: formatLongDay(previous.takenOn, language),
            })}
          </span>
        )}
        {followersError && (
          <span id={`${followersId}-error`} className={styles.error}>
            {followersError}
          </span>
        )}
      </td>
      <td
        className={`${styles.num} ${styles.change}`}
        data-tone={change === null ? undefined : Math.sign(change)}
      >
        {change === null ? '' : signed(change, language)}
      </td>
      <td className={styles.num}>
        <input
          {...controlProps(visitsId, undefined, visitsError)}
          className={`${inputs.input} ${styles.count}`}
          aria-label={t('metrics.followers.visitsOf', { handle: channel.handle })}
          inputMode="numeric"
          autoComplete="off"
          placeholder={visitsBefore}
          value={typed.visits}
          onChange={(e) => onType('visits', e.target.value)}
        />
        {visitsError && (
          <span id={`${visitsId}-error`} className={styles.error}>
            {visitsError}
          </span>
        )}
      </td>
    </tr>
  );
}
