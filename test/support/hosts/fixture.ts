import { afterEach } from 'vitest';
import { cleanupTestCores } from './core.ts';

export * from './core.ts';

// Imported by a test file during collection: every test in that file cleans up after itself.
afterEach(cleanupTestCores);
