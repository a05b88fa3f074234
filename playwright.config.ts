import { defineConfig } from '@playwright/test';

// One Chromium at a time: these machines have two cores. Each spec file gets a fresh profile.
export default defineConfig({
  testDir: './e2e',
  testMatch: /.*\.spec\.ts$/,
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: { trace: 'retain-on-failure' },
});
