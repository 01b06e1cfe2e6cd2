import { defineConfig } from "@playwright/test";

const port = Number(process.env.PORTAL_E2E_PORT ?? 3107);

// Debian's Chromium, never a downloaded browser. The flags stop Chromium's own background
// traffic, which this machine's closed network refuses and which would muddy the
// "no request to another origin" checks.
export default defineConfig({
  testDir: "./tests",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "en-GB",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // The release build from `make build`, on a fresh database each run.
    command: `rm -rf .portal-data && ../target/release/portal serve --addr 127.0.0.1:${port} --data-dir .portal-data --content-dir ../content`,
    // Every test speaks from 127.0.0.1, many times a minute: the rate limits are proved over
    // HTTP (server/tests/api/limits.rs), so here they are out of the way.
    env: {
      LEPTOS_SITE_ROOT: "../target/site",
      PORTAL_RATE_LIMIT_TRIAGE: "100000",
      PORTAL_RATE_LIMIT_FORMS: "100000",
      PORTAL_RATE_LIMIT_SIGN_IN: "100000",
    },
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
