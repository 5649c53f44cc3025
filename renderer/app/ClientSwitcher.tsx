import { useDialogs } from '../common/hooks/dialogs.ts';
import { type ClientArea, navigate } from '../common/hooks/route.ts';
import { useClients } from '../features/clients/queries.ts';
import { useTranslation } from '../i18n/context.tsx';
import { Badge, ColorDot } from '../ui/Badge.tsx';
import { DeferredMenu } from '../ui/DeferredMenu.tsx';
import menu from '../ui/Menu.module.css';
import styles from './ClientSwitcher.module.css';

/**
 * Lists the live clients with their colour, plus the current one even when it is archived (the user
 * is looking at it: "Choose a client" would be wrong). A DeferredMenu: non-modal, its code may come
 * after the first screen. From one of a client's screens (its
 * calendar, say), choosing another client opens the same screen for that client.
 */
export function ClientSwitcher({ selectedId, area }: { selectedId: string | null; area?: ClientArea }) {
  const { t } = useTranslation();
  const dialogs = useDialogs();
  const all = useClients(true).data ?? [];
  const current = all.find((c) => c.id === selectedId);
  const clients = all.filter((c) => !c.archived || c === current);
  return (
    <DeferredMenu
      trigger={{
        className: styles.trigger,
        children: (
          <>
            {/* Heard first, so the button is always "Switch client…", whoever is selected. */}
            <span className="visually-hidden">{t('switcher.label')} – </span>
            {current ? (
              <>
                <ColorDot color={current.color} large />
                <span className={styles.current}>{current.name}</span>
                {/* The space keeps "Studio Yoga Archived" two words for screen readers; flex layout drops it. */}
                {current.archived && (
                  <>
                    {' '}
                    <Badge tone="warn">{t('common.archived')}</Badge>
                  </>
                )}
              </>
            ) : (
              <span className={styles.placeholder}>{t('switcher.none')}</span>
            )}
            <span className={styles.chevron} aria-hidden="true">
              ▼
            </span>
          </>
        ),
      }}
      content={(M) => (
        <M.Portal>
          <M.Content className={menu.menu} align="start" sideOffset={4}>
            <M.Label className={menu.label}>{t('nav.clients')}</M.Label>
            {clients.length === 0 && <div className={menu.empty}>{t('switcher.empty')}</div>}
            <M.RadioGroup
              value={current?.id ?? ''}
              onValueChange={(id) => navigate(area ? { name: area, clientId: id } : { name: 'client', id })}
            >
              {clients.map((c) => (
                <M.RadioItem key={c.id} value={c.id} className={menu.item}>
                  <ColorDot color={c.color} />
                  <span>{c.name}</span>
                  {c.archived && (
                    <>
                      {' '}
                      <Badge tone="warn">{t('common.archived')}</Badge>
                    </>
                  )}
                  <M.ItemIndicator className={menu.check}>✓</M.ItemIndicator>
                </M.RadioItem>
              ))}
            </M.RadioGroup>
            <M.Separator className={menu.separator} />
            <M.Item className={menu.item} onSelect={() => navigate({ name: 'clients' })}>
              {t('switcher.all')}
            </M.Item>
            <M.Item className={menu.item} onSelect={() => dialogs.show({ kind: 'client' })}>
              {t('switcher.new')}
            </M.Item>
          </M.Content>
        </M.Portal>
      )}
    />
  );
}
