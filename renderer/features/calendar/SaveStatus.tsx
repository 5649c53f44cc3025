import { useTranslation } from '../../i18n/context.tsx';
import styles from './Composer.module.css';
import type { SaveState } from './use-post-autosave.ts';

/** Where the autosave stands, read out politely so a screen-reader user knows their text is safe. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  return (
    <span className={styles.saveState} data-state={state} role="status">
      {state === 'idle' ? '' : t(`composer.save.${state}`)}
    </span>
  );
}
