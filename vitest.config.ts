/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can import modules that use astro:content types.
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and build tests start servers and Chromium; two cores, so keep it modest.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Concurrent tests each run a build or a browser: two at a time suits two cores.
    maxConcurrency: 2,
  },
});
