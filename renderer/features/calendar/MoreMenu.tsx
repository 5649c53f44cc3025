import { DropdownMenu as M } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../ui/Button.tsx';
import menu from '../../ui/Menu.module.css';

export type MoreAction = 'export' | 'import' | 'pillars';

/** What is done now and then: files in and out, the client's pillars. */
export function MoreMenu({ onSelect }: { onSelect: (action: MoreAction) => void }) {
  const { t } = useTranslation();
  return (
    <M.Root modal={false}>
      <M.Trigger className={buttonClass()}>
        {t('calendar.actions.label')}
        <span aria-hidden="true"> ▾</span>
      </M.Trigger>
      <M.Portal>
        <M.Content className={menu.menu} align="end" sideOffset={4}>
          {(['export', 'import', 'pillars'] as const).map((action) => (
            <M.Item key={action} className={menu.item} onSelect={() => onSelect(action)}>
              {t(`calendar.actions.${action}`)}
            </M.Item>
          ))}
        </M.Content>
      </M.Portal>
    </M.Root>
  );
}
