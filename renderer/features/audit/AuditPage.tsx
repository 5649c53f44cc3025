import { useState } from 'react';
import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { useNow } from '../../ui/use-now.ts';
import { AuditEmpty, AuditList } from './AuditList.tsx';
import { AuditView } from './AuditView.tsx';
import { showAuditView, useAuditView } from './audit-route.ts';
import { CompareView } from './CompareView.tsx';
import { NewAuditDialog } from './NewAuditDialog.tsx';
import { useAudits } from './queries.ts';

/**
 * The client's presence audits (the article's "take stock"): the list with the scores over time,
 * one audit to answer, or two side by side. Which one is kept after the screen's address.
 */
export function AuditPage({ client }: { client: Client }) {
  const view = useAuditView();
  const today = zonedToday(useNow(60_000), client.timeZone);
  const audits = useAudits(client.id).data;
  const [starting, setStarting] = useState(false);

  const dialog = starting && (
    <NewAuditDialog
      client={client}
      today={today}
      onClose={() => setStarting(false)}
      onCreated={(id) => showAuditView(client.id, { name: 'audit', id })}
    />
  );

  if (view.name === 'audit') return <AuditView client={client} auditId={view.id} today={today} />;
  if (view.name === 'compare') return <CompareView client={client} ids={view.ids} />;
  if (!audits) return null;
  return (
    <>
      {audits.length === 0 ? (
        <AuditEmpty client={client} onNew={() => setStarting(true)} />
      ) : (
        <AuditList
          client={client}
          audits={audits}
          onNew={() => setStarting(true)}
          onCompare={(ids) => showAuditView(client.id, { name: 'compare', ids })}
        />
      )}
      {dialog}
    </>
  );
}
