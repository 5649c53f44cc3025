import type { ReplyAnswerView } from '../../../shared/domain/approval.ts';
import { firstWords } from '../../../shared/export/excerpt.ts';
import { NETWORKS } from '../../../shared/networks.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { formatLongDay } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import styles from './ReplyAnswers.module.css';

/** Each answer beside the post it is about, and why one will not be applied. */
export function ReplyAnswers({ answers }: { answers: readonly ReplyAnswerView[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className={styles.list}>
      {answers.map((a) => (
        <li key={a.postId} className={styles.answer} data-state={a.state}>
          <div className={styles.post}>
            {a.post ? (
              <>
                <span className={styles.when}>
                  {formatLongDay(a.post.date, language)} · {a.post.time} · {NETWORKS[a.post.network].name}{' '}
                  {a.post.handle}
                </span>
                <span className={styles.caption}>
                  {firstWords(a.post.caption, 120) || t('posts.untitled')}
                </span>
              </>
            ) : (
              <span className={styles.caption}>{t('approvals.reply.state.gone')}</span>
            )}
          </div>
          <div className={styles.verdict} data-answer={a.answer}>
            <strong>{t(`approvals.reply.answer.${a.answer}`)}</strong>
            {a.comment && <q className={styles.comment}>{a.comment}</q>}
            {a.state === 'changed' && <p className={styles.warning}>{t('approvals.reply.state.changed')}</p>}
          </div>
        </li>
      ))}
    </ul>
  );
}
