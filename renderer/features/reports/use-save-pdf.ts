import { useState } from 'react';
import { call } from '../../api/call.ts';
import { useAppInfo } from '../../api/prefs.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { downloadExport } from '../../common/files/download-export.ts';
import { formatSize } from '../../common/format/format-size.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { failureMessages } from '../../i18n/errors.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useToasts } from '../../ui/toast-context.ts';

/** Two frames: the last edit has reached the printed copy before the page is printed. */
const painted = () =>
  new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));

const unavailable = (error: unknown) =>
  isRpcFailure(error) && error.issues.some((issue) => issue.code === 'printUnavailable');

/**
 * "Save PDF": the app prints its window (only the report shows in print: styles/print.css) to a
 * file of `exports/` and hands it to the download, which asks where to keep it; a browser has no
 * such printer, so its own print dialog saves the PDF. Both print the same pages.
 */
export function useSavePdf(reportId: string, flush: () => Promise<boolean>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const toasts = useToasts();
  const inApp = useAppInfo().data?.host === 'electron';
  const [printing, setPrinting] = useState(false);

  const save = async () => {
    if (printing) return;
    setPrinting(true);
    try {
      // What is printed is also what is kept: the edits typed just before are written first.
      await flush();
      await painted();
      if (!inApp) return window.print();
      try {
        const file = await call('reports.pdf', { id: reportId });
        downloadExport(file);
        toasts.show({
          title: t('reportScreen.pdf.saved', { name: file.name, size: formatSize(file.size, language) }),
        });
      } catch (error) {
        if (unavailable(error)) window.print();
        else
          toasts.show({
            tone: 'error',
            title: t('reportScreen.pdf.failed', { reason: failureMessages(t, error).join(' ') }),
          });
      }
    } finally {
      setPrinting(false);
    }
  };
  return { save, printing, inApp };
}
