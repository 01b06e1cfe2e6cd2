import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
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
export function createUser(email: string, role: string, organization?: string): string {
  const args = ["admin", "create-user", "--email", email, "--role", role, "--data-dir", ".portal-data", "--content-dir", "../content"];
  if (organization) args.push("--organization", organization);
  const output = execFileSync("../target/release/portal", args, { encoding: "utf8" });
  const link = output.match(/https?:\/\/\S+\/staff\/setup\/\S+/)?.[0];
  expect(link, output).toBeTruthy();
  return new URL(link!).pathname;
}

/** Follows a set-up link in a fresh browser context: password, authenticator, recovery codes. */
export async function setUp(
  browser: Browser,
  setupPath: string,
  options: BrowserContextOptions = {},
  onEachPage: (page: Page) => Promise<void> = async () => {},
): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(setupPath);
  await onEachPage(page);
  await page.getByLabel("New password", { exact: true }).fill("correct horse battery staple");
  await page.getByLabel("Type the new password again").fill("correct horse battery staple");
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Set up your authenticator app" })).toBeVisible();
  await onEachPage(page);
  const secret = await page.locator("code.totp-secret").getAttribute("data-secret");
  await page.getByLabel("The six-digit code the app shows").fill(totp(secret!));
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recovery codes" })).toBeVisible();
  await expect(page.locator(".recovery-codes li")).toHaveCount(10);
  await onEachPage(page);
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Staff home" })).toBeVisible();
  return page;
}
