import type { Client } from '../../../shared/domain/client.ts';
import { useTranslation } from '../../i18n/context.tsx';

/** The client's presence audits. */
export function AuditPage({ client }: { client: Client }) {
  const { t } = useTranslation();
  return <h1>{t('screens.audit', { client: client.name })}</h1>;
}
