import { useLayoutEffect, useRef } from 'react';
import { ACCOUNTS_MAX } from '../../../shared/domain/competitor.ts';
import { HANDLE_MAX } from '../../../shared/domain/fields.ts';
import { NETWORK_IDS, type NetworkId } from '../../../shared/networks.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { Button, ButtonLabel, buttonClass } from '../../ui/Button.tsx';
import { controlProps } from '../../ui/Field.tsx';
import inputs from '../../ui/inputs.module.css';
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
  const addButton = useRef<HTMLButtonElement>(null);
  // The keyboard follows the rows: into a new row's handle, back to Add after a removal.
  const focusNext = useRef<string | null>(null);
  useLayoutEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    if (target === 'add') addButton.current?.focus();
    else document.getElementById(target)?.focus();
  });

  const set = (key: string, patch: Partial<AccountRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => {
    // A new row starts on the network of the row above: competitors often have several of a kind.
    const row = accountRow({ network: rows.at(-1)?.network ?? 'instagram' });
    focusNext.current = `${id}-${row.key}-handle`;
    onChange([...rows, row]);
  };
  const remove = (index: number) => {
    const neighbour = rows[index + 1] ?? rows[index - 1];
    focusNext.current = neighbour ? `${id}-${neighbour.key}-handle` : 'add';
    onChange(rows.filter((_, i) => i !== index));
  };
  /**
   * A profile's link pasted (or typed, once the field is left) as the handle fills the row: network,
   * handle and, when it has none yet, link. Anything else stays as typed.
   */
  const fromLink = (row: AccountRow, text: string): boolean => {
    const profile = text.includes('/') ? profileOf(text) : null;
    if (!profile) return false;
    set(row.key, {
      network: profile.network,
      handle: profile.handle,
      url: row.url || withScheme(text.trim()),
    });
    return true;
  };

  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t('competitors.form.accounts')}</legend>
      <p id={`${id}-hint`} className={styles.hint}>
        {t('competitors.form.accountsHint')}
      </p>
      {rows.length === 0 ? (
        <p className={styles.hint}>{t('competitors.form.noAccounts')}</p>
      ) : (
        <>
          <div className={styles.accountHead} aria-hidden="true">
            <span>{t('competitors.form.network')}</span>
            <span>{t('competitors.form.handle')}</span>
            <span>{t('competitors.form.url')}</span>
          </div>
          <ol className={styles.accounts}>
            {rows.map((row, i) => {
              const rowId = `${id}-${row.key}`;
              const n = i + 1;
              const networkError = error(`accounts.${row.key}.network`);
              const handleError = error(`accounts.${row.key}.handle`);
              const urlError = error(`accounts.${row.key}.url`);
              return (
                <li key={row.key} className={styles.account}>
                  <select
                    {...controlProps(`${rowId}-network`, undefined, networkError)}
                    aria-label={t('competitors.form.accountNetwork', { n })}
                    className={inputs.select}
                    value={row.network}
                    onChange={(e) => set(row.key, { network: e.target.value as NetworkId })}
                  >
                    {NETWORK_IDS.map((network) => (
                      <option key={network} value={network}>
                        {networkName(t, network)}
                      </option>
                    ))}
                  </select>
                  <input
                    {...controlProps(`${rowId}-handle`, undefined, handleError)}
                    aria-label={t('competitors.form.accountHandle', { n })}
                    className={inputs.input}
                    maxLength={HANDLE_MAX * 4}
                    placeholder={t('competitors.form.handlePlaceholder')}
                    autoComplete="off"
                    spellCheck={false}
                    value={row.handle}
                    onChange={(e) => set(row.key, { handle: e.target.value })}
                    onPaste={(e) => {
                      const text = e.clipboardData.getData('text/plain');
                      // Only over an empty or wholly selected field: a link pasted into a handle being typed is odd.
                      const whole =
                        e.currentTarget.selectionStart === 0 &&
                        e.currentTarget.selectionEnd === row.handle.length;
                      if (whole && fromLink(row, text)) e.preventDefault();
                    }}
                    onBlur={() => fromLink(row, row.handle)}
                  />
                  <input
                    {...controlProps(`${rowId}-url`, undefined, urlError)}
                    aria-label={t('competitors.form.accountUrl', { n })}
                    className={inputs.input}
                    type="url"
                    inputMode="url"
                    placeholder="https://"
                    autoComplete="off"
                    spellCheck={false}
                    value={row.url}
                    onChange={(e) => set(row.key, { url: e.target.value })}
                  />
                  <Button
                    variant="ghost"
                    size="small"
                    aria-label={t('competitors.form.removeAccount', { n })}
                    onClick={() => remove(i)}
                  >
                    {t('competitors.form.remove')}
                  </Button>
                  {[
                    networkError && ['network', networkError],
                    handleError && ['handle', handleError],
                    urlError && ['url', urlError],
                  ]
                    .filter((x): x is [string, string] => Boolean(x))
                    .map(([field, message]) => (
                      <span
                        key={field}
                        id={`${rowId}-${field}-error`}
                        className={`${styles.error} ${styles.accountError}`}
                      >
                        {message}
                      </span>
                    ))}
                </li>
              );
            })}
          </ol>
        </>
      )}
      <div>
        <button
          ref={addButton}
          type="button"
          className={buttonClass('default', 'small')}
          disabled={rows.length >= ACCOUNTS_MAX}
          onClick={add}
        >
          <ButtonLabel>{t('competitors.form.addAccount')}</ButtonLabel>
        </button>
      </div>
    </fieldset>
  );
}
