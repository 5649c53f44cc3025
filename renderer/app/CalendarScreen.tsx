import type { Client } from '../../shared/domain/client.ts';
import { CalendarPage } from '../features/calendar/CalendarPage.tsx';
import { IdeasTray } from '../features/ideas/IdeasTray.tsx';

/** The calendar with the ideas bank's shortlist beside it: two features composed, neither knowing the other. */
export function CalendarScreen({ client }: { client: Client }) {
  return <CalendarPage client={client} ideasTray={<IdeasTray client={client} />} />;
}
