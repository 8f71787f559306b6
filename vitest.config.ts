/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can import modules that use astro:content types.
// Three tiers (README, “测试”), each a project run on its own (npm run test:unit, …):
//   unit    in this process only: the model, the check on fixture folders, search's
//           understanding, tables, rules, lib. No build, no browser, no child process.
//   site    dist/ as `npm test` built it once, the commands themselves (npm run check,
//           dev, check-report, collect-report) and the fixture builds that need a build.
//   browser Debian's chromium on dist/ and on fixture builds, one browser per run.
export default getViteConfig({
  test: {
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // Builds and commands: two cores, so two at a time.
          testTimeout: 60_000,
          hookTimeout: 180_000,
          maxConcurrency: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/helpers/browser-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          maxConcurrency: 2,
        },
      },
    ],
  },
});
