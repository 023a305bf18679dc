import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two checkouts run the suite at once (each its own servers and databases).
const PORT = Number(process.env.E2E_PORT) || 8765;
export const BASE_URL = `http://127.0.0.1:${PORT}`;
// after-certificate.spec.ts moves the server's clock by years: it gets a server (and database) of
// its own on the next port, so the other specs keep today's date and a fresh Alingsås kommun.
const CLOCK_PORT = PORT + 1;
export const CLOCK_BASE_URL = `http://127.0.0.1:${CLOCK_PORT}`;
const CLOCK_SPEC = /after-certificate\.spec\.ts$/;
const REPOSITORY_ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIL_DIR = fileURLToPath(new URL('./e2e/.mail', import.meta.url));
const CLOCK_MAIL_DIR = fileURLToPath(new URL('./e2e/.mail-clock', import.meta.url));

// Debian's Chromium, never a downloaded browser; without these flags it stalls on a closed network.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** A fresh SQLite DB with the demo data, a real SMTP server writing .eml files, the API + SPA. */
function server(port: number, mailDir: string) {
  return {
    // frontend/dist must exist: run `npm run build` first. The server is test tooling in the
    // repository's tests/ (not in the installed package), so it runs from the repository root.
    command: `.venv/bin/python -m tests.support.e2e_server --port ${port} --mail-dir ${mailDir}`,
    cwd: REPOSITORY_ROOT,
    url: `http://127.0.0.1:${port}/readyz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
  };
}

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
    // No transitions (the theme respects reduced motion): axe never sees a toast half faded in.
    contextOptions: { reducedMotion: 'reduce' },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'chromium', testIgnore: CLOCK_SPEC, use: { ...devices['Desktop Chrome'] } },
    {
      name: 'after-certificate',
      testMatch: CLOCK_SPEC,
      use: { ...devices['Desktop Chrome'], baseURL: CLOCK_BASE_URL },
    },
  ],
  webServer: [server(PORT, MAIL_DIR), server(CLOCK_PORT, CLOCK_MAIL_DIR)],
});
