import { expect, test, type Browser, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { createHmac } from "node:crypto";

/** RFC 6238 with RFC 4648 base32 secrets: what an authenticator app computes. */
function totp(secretBase32: string, at = Date.now()): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const char of secretBase32.replace(/=+$/, "")) {
    bits += alphabet.indexOf(char).toString(2).padStart(5, "0");
  }
  const bytes = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const hmac = createHmac("sha1", bytes).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0xf;
  const code = (hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return code.toString().padStart(6, "0");
}

/** `portal admin create-user`, as an operator runs it; returns the set-up link's path. */
function createUser(email: string, role: string, organization?: string): string {
  const args = ["admin", "create-user", "--email", email, "--role", role, "--data-dir", ".portal-data", "--content-dir", "../content"];
  if (organization) args.push("--organization", organization);
  const output = execFileSync("../target/release/portal", args, { encoding: "utf8" });
  const link = output.match(/https?:\/\/\S+\/staff\/setup\/\S+/)?.[0];
  expect(link, output).toBeTruthy();
  return new URL(link!).pathname;
}

/** Follows a set-up link in a fresh browser context: password, authenticator, recovery codes. */
async function setUp(browser: Browser, setupPath: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(setupPath);
  await page.getByLabel("New password", { exact: true }).fill("correct horse battery staple");
  await page.getByLabel("Type the new password again").fill("correct horse battery staple");
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Set up your authenticator app" })).toBeVisible();
  const secret = await page.locator("code.totp-secret").getAttribute("data-secret");
  await page.getByLabel("The six-digit code the app shows").fill(totp(secret!));
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recovery codes" })).toBeVisible();
  await expect(page.locator(".recovery-codes li")).toHaveCount(10);
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Staff home" })).toBeVisible();
  return page;
}

test("a provider changes opening hours, an administrator approves, the public page shows them", async ({ browser }) => {
  const admin = await setUp(browser, createUser("admin@example.org", "admin"));
  const provider = await setUp(browser, createUser("provider@galop.example", "provider", "galop"));

  await provider.getByRole("link", { name: "Listings", exact: true }).click();
  const listing = provider.locator(".staff-list__item", { hasText: "Galop" }).first();
  const serviceName = (await listing.locator("h2").textContent())!.trim();
  const publicPath = (await listing.locator("h2 a").getAttribute("href"))!;
  await listing.getByRole("link", { name: "Edit" }).click();
  const firstRow = provider.getByRole("group", { name: /^Opening times\W*1\W*$/ });
  await firstRow.getByLabel("Saturday").check();
  await firstRow.getByLabel("Opens").fill("10:00");
  await firstRow.getByLabel("Closes").fill("13:30");
  await provider.getByRole("button", { name: "Send for approval" }).click();
  await expect(provider.getByRole("status")).toContainText("An administrator will check it");

  await admin.getByRole("link", { name: "Changes to approve", exact: true }).click();
  await admin.getByRole("link", { name: serviceName }).click();
  await expect(admin.getByRole("table", { name: "What changes" })).toContainText("Opening times");
  await expect(admin.getByRole("table", { name: "What changes" })).toContainText("opens_at: 10:00");
  await admin.getByRole("button", { name: "Approve and publish" }).click();
  await expect(admin.getByRole("status")).toContainText("approved and live");

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(publicPath);
  await expect(visitor.getByRole("heading", { level: 1, name: serviceName })).toBeVisible();
  await expect(visitor.getByText(/Saturday/).first()).toBeVisible();
  await expect(visitor.getByText(/10:00.*13:30/).first()).toBeVisible();
  expect(await visitor.context().cookies()).toEqual([]);
});

test("a provider starts taking contact requests; a visitor without scripts asks to be contacted; the provider reads it", async ({ browser }) => {
  const admin = await setUp(browser, createUser("moderator@example.org", "admin"));
  const provider = await setUp(browser, createUser("inbox@galop.example", "provider", "galop"));

  await provider.getByRole("link", { name: "Listings", exact: true }).click();
  const listing = provider.locator(".staff-list__item", { hasText: "Galop" }).first();
  const serviceName = (await listing.locator("h2").textContent())!.trim();
  const publicPath = (await listing.locator("h2 a").getAttribute("href"))!;
  await listing.getByRole("link", { name: "Edit" }).click();
  await provider.getByLabel("Accepts contact requests through the portal").check();
  await provider.getByRole("button", { name: "Send for approval" }).click();
  await admin.getByRole("link", { name: "Changes to approve", exact: true }).click();
  await admin.getByRole("link", { name: serviceName }).click();
  await admin.getByRole("button", { name: "Approve and publish" }).click();
  await expect(admin.getByRole("status")).toContainText("approved and live");

  const visitorContext = await browser.newContext({ javaScriptEnabled: false });
  const visitor = await visitorContext.newPage();
  await visitor.goto(publicPath);
  await visitor.getByRole("link", { name: "Ask them to contact you" }).click();
  await expect(visitor).toHaveTitle("Information");
  await visitor.getByLabel("A name or nickname they can use").fill("Quillon");
  await visitor.getByLabel("Text message").check();
  await visitor.getByLabel("Your phone number or email address").fill("07700 900987");
  await visitor.getByLabel("No, do not leave any message").check();
  await visitor.getByRole("button", { name: "Send" }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: "Your message has been sent" })).toBeVisible();
  const code = (await visitor.locator(".reference").textContent())!.match(/[A-Z0-9]{4}-[A-Z0-9]{4}/)![0];
  expect(await visitorContext.cookies()).toEqual([]);

  await provider.getByRole("link", { name: "Contact requests", exact: true }).click();
  await provider.getByRole("link", { name: code }).click();
  await expect(provider.getByText("Quillon")).toBeVisible();
  await expect(provider.getByText("07700 900987")).toBeVisible();
});
