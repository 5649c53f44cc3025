import type { PostApproval } from '../../../shared/domain/approval.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import styles from './Composer.module.css';

/** The client's answer in the composer: what they said and when, and whether it is about this version. */
export function ApprovalNote({ approval }: { approval: PostApproval }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className={styles.approval} data-approval={approval.stale ? 'stale' : approval.answer} role="note">
      <strong>
        {t(`approvals.composer.${approval.answer}`, { date: formatDateTime(approval.at, language) })}
      </strong>
      {approval.comment && <q>{approval.comment}</q>}
      {approval.stale && <span>{t('approvals.composer.stale')}</span>}
    </div>
  );
}
