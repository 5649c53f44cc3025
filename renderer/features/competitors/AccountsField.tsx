import { ACCOUNTS_MAX } from '../../../shared/domain/competitor.ts';
import { HANDLE_MAX } from '../../../shared/domain/fields.ts';
import { NETWORK_IDS, type NetworkId } from '../../../shared/networks.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { controlProps } from '../../ui/Field.tsx';
import inputs from '../../ui/inputs.module.css';
import { RowsField } from '../../ui/RowsField.tsx';
import styles from './CompetitorForm.module.css';
import { type AccountRow, accountRow, profileOf, withScheme } from './competitor-values.ts';

export interface AccountsFieldProps {
  id: string;
  rows: readonly AccountRow[];
  onChange: (rows: AccountRow[]) => void;
  /** Translated issue per `accounts.<row key>.<field>`, from the last save. */
  error: (key: string) => string | undefined;
}

/** Where the competitor posts: one row per account (network, handle, link), added and removed freely. */
export function AccountsField({ id, rows, onChange, error }: AccountsFieldProps) {
  const { t } = useTranslation();
  /**
   * A profile's link pasted (or typed, once the field is left) as the handle fills the row: network,
   * handle and, when it has none yet, link. Anything else stays as typed.
   */
  const fromLink = (row: AccountRow, text: string, set: (patch: Partial<AccountRow>) => void): boolean => {
    const profile = text.includes('/') ? profileOf(text) : null;
    if (!profile) return false;
    set({ network: profile.network, handle: profile.handle, url: row.url || withScheme(text.trim()) });
    return true;
  };
  const fieldError = (row: AccountRow, field: string) => error(`accounts.${row.key}.${field}`);

  return (
    <RowsField
      id={id}
      rows={rows}
      onChange={onChange}
      // A new row starts on the network of the row above: competitors often have several of a kind.
      newRow={() => accountRow({ network: rows.at(-1)?.network ?? 'instagram' })}
      max={ACCOUNTS_MAX}
      focus="handle"
      words={{
        legend: t('competitors.form.accounts'),
        empty: t('competitors.form.noAccounts'),
        add: t('competitors.form.addAccount'),
        remove: t('competitors.form.remove'),
        removeLabel: (n) => t('competitors.form.removeAccount', { n }),
      }}
      hint={t('competitors.form.accountsHint')}
      head={
        <div className={`${styles.account} ${styles.accountHead}`} aria-hidden="true">
          <span>{t('competitors.form.network')}</span>
          <span>{t('competitors.form.handle')}</span>
          <span>{t('competitors.form.url')}</span>
        </div>
      }
      rowClass={styles.account}
      errors={(row) => ['network', 'handle', 'url'].map((field) => [field, fieldError(row, field)] as const)}
    >
      {(row, { n, rowId, set }) => (
        <>
          <select
            {...controlProps(`${rowId}-network`, undefined, fieldError(row, 'network'))}
            aria-label={t('competitors.form.accountNetwork', { n })}
            className={inputs.select}
            value={row.network}
            onChange={(e) => set({ network: e.target.value as NetworkId })}
          >
            {NETWORK_IDS.map((network) => (
              <option key={network} value={network}>
                {networkName(t, network)}
              </option>
            ))}
          </select>
          <input
            {...controlProps(`${rowId}-handle`, undefined, fieldError(row, 'handle'))}
            aria-label={t('competitors.form.accountHandle', { n })}
            className={inputs.input}
            maxLength={HANDLE_MAX * 4}
            placeholder={t('competitors.form.handlePlaceholder')}
            autoComplete="off"
            spellCheck={false}
            value={row.handle}
            onChange={(e) => set({ handle: e.target.value })}
            onPaste={(e) => {
              const text = e.clipboardData.getData('text/plain');
              // Only over an empty or wholly selected field: a link pasted into a handle being typed is odd.
              const whole =
                e.currentTarget.selectionStart === 0 && e.currentTarget.selectionEnd === row.handle.length;
              if (whole && fromLink(row, text, set)) e.preventDefault();
            }}
            onBlur={() => fromLink(row, row.handle, set)}
          />
          <input
            {...controlProps(`${rowId}-url`, undefined, fieldError(row, 'url'))}
            aria-label={t('competitors.form.accountUrl', { n })}
            className={inputs.input}
            type="url"
            inputMode="url"
            placeholder="https://"
            autoComplete="off"
            spellCheck={false}
            value={row.url}
            onChange={(e) => set({ url: e.target.value })}
          />
        </>
      )}
    </RowsField>
  );
}
