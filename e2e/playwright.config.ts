import path from 'node:path';

import { defineConfig, devices } from '@playwright/test';

// Run through Maven (./mvnw verify -Pe2e): scripts/app.mjs starts the packaged app and passes
// its address here. For a quick loop against an app you started yourself:
//   TRAE_E2E_BASE_URL=http://127.0.0.1:8080 npx playwright test
const target = process.env.TRAE_E2E_TARGET ?? path.join(__dirname, 'target');
const baseURL = process.env.TRAE_E2E_BASE_URL ?? 'http://127.0.0.1:8080';

/** Debian's Chromium: nothing here downloads a browser of its own. */
function chromium() {
  return {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  };
}

export default defineConfig({
  testDir: './tests',
  outputDir: path.join(target, 'test-results'),
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // a retry would hide a flaky page; fix the flake instead
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['html', { outputFolder: path.join(target, 'playwright-report'), open: 'never' }],
    ['json', { outputFile: path.join(target, 'playwright-results.json') }],
    ['junit', { outputFile: path.join(target, 'playwright-junit.xml') }],
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      // runs first, on the fresh database: creates the owner through the setup screen
      name: 'onboarding',
      testMatch: /onboarding\.spec\.ts/,
      use: chromium(),
    },
    {
      name: 'identity',
      testMatch: /identity\.spec\.ts/,
      dependencies: ['onboarding'],
      use: chromium(),
    },
    {
      name: 'chromium',
      testIgnore: /(identity|onboarding)\.spec\.ts/,
      dependencies: ['identity'],
      use: chromium(),
    },
  ],
});
