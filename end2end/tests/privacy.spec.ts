import { expect, test, type Request } from "@playwright/test";
import { LANGUAGES, publicPages } from "./pages";

// Counts every way a page could leave something behind in the browser: Web Storage writes
// (through the API or by assignment) and IndexedDB databases opened. Cookies are read from the
// browser context itself.
const WATCH_STORAGE = `
  window.__storageWrites = 0;
  window.__indexedDbOpens = 0;
  for (const name of ["setItem", "removeItem", "clear"]) {
    const original = Storage.prototype[name];
    Storage.prototype[name] = function (...args) { window.__storageWrites += 1; return original.apply(this, args); };
  }
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) { window.__indexedDbOpens += 1; return open.apply(this, args); };
`;

for (const lang of LANGUAGES) {
  test(`every public page in ${lang}: no cookie, no storage, no request to another origin`, async ({ browser, baseURL }) => {
    test.setTimeout(300_000);
    const context = await browser.newContext();
    await context.addInitScript(WATCH_STORAGE);
    const page = await context.newPage();
    const ours = new URL(baseURL!).origin;
    const elsewhere: string[] = [];
    page.on("request", (request: Request) => {
      const url = new URL(request.url());
      if (url.protocol !== "data:" && url.protocol !== "blob:" && url.origin !== ours) elsewhere.push(request.url());
    });
    // The watch itself works: a write is counted (in a throwaway context).
    const probeContext = await browser.newContext();
    await probeContext.addInitScript(WATCH_STORAGE);
    const probe = await probeContext.newPage();
    await probe.goto(`/${lang}/`);
    expect(await probe.evaluate(() => { localStorage.setItem("probe", "1"); return (window as any).__storageWrites; })).toBe(1);
    // And an inline script without the nonce is refused, which the console says.
    const probeRefusals: string[] = [];
    probe.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) probeRefusals.push(message.text());
    });
    await probe.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = true";
      document.body.append(script);
    });
    await expect.poll(() => probeRefusals.length).toBeGreaterThan(0);
    expect(await probe.evaluate(() => (window as any).__injected)).toBeUndefined();
    await probeContext.close();

    // The strict Content-Security-Policy (no inline script without the response's nonce) must
    // not stop anything the portal itself needs.
    const refused: string[] = [];
    page.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) refused.push(`${page.url()}: ${message.text()}`);
    });
    const pages = await publicPages(page, lang);
    expect(pages.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      const left = await page.evaluate(() => ({
        writes: (window as any).__storageWrites as number,
        opens: (window as any).__indexedDbOpens as number,
        local: localStorage.length,
        session: sessionStorage.length,
      }));
      if (left.writes || left.opens || left.local || left.session) problems.push(`${path}: ${JSON.stringify(left)}`);
    }
    // The description goes by POST to the results page, which must keep nothing either.
    await page.goto(`/${lang}/`);
    await page.locator("textarea").first().fill("He follows me home and threatens me");
    await page.locator("form button[type=submit]").first().click();
    await page.waitForLoadState("networkidle");
    expect(page.url()).toMatch(new RegExp(`/${lang}/help$`));
    expect(problems).toEqual([]);
    expect(refused).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
}
