import type { Client } from '../../../shared/domain/client.ts';
import { useTranslation } from '../../i18n/context.tsx';

/** The client's ideas bank. */
export function IdeasPage({ client }: { client: Client }) {
  const { t } = useTranslation();
  return <h1>{t('screens.ideas', { client: client.name })}</h1>;
}
