import { defineConfig } from '@playwright/test';

// Two Chromiums at a time keep two cores about 90 % busy (a Chromium launch alone is ~3 CPU-s, a
// third of a test's). Every test gets a fresh profile. Tests, not files, are shared out between the
// workers: by files, the suite's last minute was one worker alone on a long file (two cores 40 %
// idle; 9.7 min in all, 9.0 by tests). The timeouts leave room for a machine shared with the
// Firefox suite and the corpus floor (scripts/test-all.mjs).
export default defineConfig({
  testDir: './e2e',
  testMatch: /.*\.spec\.ts$/,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  // A failed test keeps its trace: each action with its call log and error, network, console.
  // Without the screencast or the DOM snapshots before and after each action: recording those costs
  // about a tenth of the suite's CPU (measured on two specs: 87 CPU-s with them, 80 without), on a
  // machine the suite keeps busy.
  use: { trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false } },
});
