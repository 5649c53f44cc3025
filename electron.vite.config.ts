import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/http/csp.ts';

/** Writes the one policy of electron/http/csp.ts into index.html (loosened for the dev server only). */
function cspMeta(): Plugin {
  let dev = false;
  return {
    name: 'calepin-csp-meta',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    transformIndexHtml: (html) => html.replace('%CALEPIN_CSP%', contentSecurityPolicy('meta', dev)),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          // Whole-file work on a thread of its own: electron/db/off-thread.ts starts
          // out/main/file-worker.js beside out/main/index.js.
          'file-worker': resolve('electron/db/file-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require anything but `electron`: bundle its dependencies.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves bundles readable by default; the renderer is loaded on every start.
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
    plugins: [react(), cspMeta()],
  },
});
