import { useTranslation } from '../../i18n/context.tsx';
import { ActionMenu } from '../../ui/ActionMenu.tsx';

export type MoreAction = 'export' | 'import' | 'pillars' | 'dates' | 'approvalSend' | 'approvalReply';

/** What is done now and then: files in and out, the client's approval, the client's pillars. */
export function MoreMenu({ onSelect }: { onSelect: (action: MoreAction) => void }) {
  const { t } = useTranslation();
  return (
    <ActionMenu
      label={t('calendar.actions.label')}
      items={[
        ...(['export', 'import', 'pillars'] as const).map((value) => ({
          value,
          label: t(`calendar.actions.${value}`),
        })),
        { value: 'dates' as const, label: t('dates.menu') },
        { value: 'approvalSend' as const, label: t('approvals.menu.send') },
        { value: 'approvalReply' as const, label: t('approvals.menu.reply') },
      ]}
      onSelect={onSelect}
    />
  );
}
