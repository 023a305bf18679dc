import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two checkouts run the suite at once (each its own server and database).
const PORT = Number(process.env.E2E_PORT) || 8765;
export const BASE_URL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium, never a downloaded browser; without these flags it stalls on a closed network.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: BASE_URL,
    headless: true,
    locale: 'sv-SE',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // A fresh SQLite DB with the demo data, a real SMTP server writing .eml files into e2e/.mail,
    // and the API + the built SPA (frontend/dist: run `npm run build` first).
    command: `../.venv/bin/python -m backend.testing.e2e_server --port ${PORT} --mail-dir e2e/.mail`,
    cwd: '.',
    url: `${BASE_URL}/readyz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
