import type { CalepinBridge } from '../../shared/contract.ts';

declare global {
  interface Window {
    /** Installed by the Electron preload or the web host's browser preload; nothing else reaches the disk. */
    calepin: CalepinBridge;
  }
}
