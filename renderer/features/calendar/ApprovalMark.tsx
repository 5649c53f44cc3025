import type { PostApproval } from '../../../shared/domain/approval.ts';
import { useTranslation } from '../../i18n/context.tsx';
import styles from './PostCard.module.css';

/** The client's answer on a card: a tick, a pencil for a change asked, a faded tick for an older version. */
export function ApprovalMark({ approval }: { approval: PostApproval }) {
  const { t } = useTranslation();
  const kind = approval.stale ? 'stale' : approval.answer;
  const words = [
    t(`approvals.badge.${kind}`),
    approval.comment ? t('approvals.badge.comment', { comment: approval.comment }) : '',
  ]
    .filter(Boolean)
    .join(' — ');
  return (
    <span className={styles.approval} data-approval={kind} title={words}>
      <span aria-hidden="true">{approval.answer === 'changes' ? '✎' : '✓'}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
