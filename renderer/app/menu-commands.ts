import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/contract.ts';

/** The native menu (Electron only) sends commands; the browser bridge never does. */
export function useMenuCommands(handlers: Record<MenuCommand, () => void>): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => window.calepin.on('menu.command', (command) => latest.current[command]?.()), []);
}
