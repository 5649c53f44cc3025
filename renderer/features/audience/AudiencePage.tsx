import { useState } from 'react';
import type { Client } from '../../../shared/domain/client.ts';
import type { Segment } from '../../../shared/domain/segment.ts';
import { useSegments } from '../../common/data/segment-queries.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { pageStyles } from '../../ui/Page.tsx';
import styles from './AudiencePage.module.css';
import { SegmentCard } from './SegmentCard.tsx';
import { SegmentDialog } from './SegmentDialog.tsx';
import { useSegmentActions } from './use-segment-actions.ts';

/** Who is editing what: a new segment, or one of the list. */
type Editing = { segment?: Segment } | null;

/** A client's audience: the segments their posts speak to, described well enough to write for. */
export function AudiencePage({ client }: { client: Client }) {
  const { t } = useTranslation();
  const segments = useSegments(client.id).data;
  const actions = useSegmentActions();
  const [editing, setEditing] = useState<Editing>(null);
  const newSegment = () => setEditing({});

  return (
    <>
      {segments && segments.length === 0 && (
        <EmptyState
          title={t('audience.empty.title')}
          action={
            <Button variant="primary" onClick={newSegment}>
              {t('audience.new')}
            </Button>
          }
        >
          <p>{t('audience.empty.body')}</p>
          <ul className={styles.questions}>
            <li>{t('audience.empty.who')}</li>
            <li>{t('audience.empty.where')}</li>
            <li>{t('audience.empty.when')}</li>
          </ul>
        </EmptyState>
      )}
      {segments && segments.length > 0 && (
        <>
          <div className={styles.toolbar}>
            <p className={styles.intro}>{t('audience.intro')}</p>
            <div className={pageStyles.actions}>
              <Button variant="primary" onClick={newSegment}>
                {t('audience.new')}
              </Button>
            </div>
          </div>
          <div className={styles.cards}>
            {segments.map((segment) => (
              <SegmentCard
                key={segment.id}
                segment={segment}
                onEdit={() => setEditing({ segment })}
                onDelete={() => actions.delete(segment)}
              />
            ))}
          </div>
        </>
      )}
      {editing && (
        <SegmentDialog clientId={client.id} segment={editing.segment} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
