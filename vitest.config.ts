import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Component tests type into jsdom; on a busy two-core machine a few take seconds.
          testTimeout: 15_000,
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          // Real SQLite files on disk; keep runs on a 2-core machine predictable.
          pool: 'forks',
          // Some tests start the web host or a child process: give a loaded CI machine room.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
