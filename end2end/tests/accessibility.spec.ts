import { expect, test, type Page } from "@playwright/test";
import { LANGUAGES, publicPages } from "./pages";
import { createUser, setUp } from "./staff";

const AXE = require.resolve("axe-core/axe.min.js");
/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** axe-core's WCAG A and AA violations on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(
    (tags) => (window as any).axe.run(document, { runOnly: { type: "tag", values: tags } }),
    TAGS,
  );
  return results.violations.map(
    (v: any) => `${page.url()}: ${v.id} (${v.impact}) ${v.nodes.map((n: any) => n.target.join(" ")).join(", ")}`,
  );
}

for (const lang of LANGUAGES) {
  test(`every public page in ${lang} has no WCAG 2.2 A or AA violation`, async ({ browser }) => {
    test.setTimeout(600_000);
    // axe is injected as a script, which the portal's Content-Security-Policy rightly refuses.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    // The audit itself works: an image without a text alternative is caught.
    await page.goto(`/${lang}/`);
    await page.evaluate(() => document.querySelector("main")!.append(Object.assign(document.createElement("img"), { src: "data:," })));
    expect((await violations(page)).join("\n")).toContain("image-alt");
    const found: string[] = [];
    // Every page in English; in the other languages every page but listings, which share one
    // template and mostly English data, of which every tenth.
    const pages = await publicPages(page, lang);
    const listings = pages.filter((p) => p.includes("/services/"));
    const audited = lang === "en" ? pages : pages.filter((p) => !p.includes("/services/") || listings.indexOf(p) % 10 === 0);
    for (const path of audited) {
      await page.goto(path);
      found.push(...(await violations(page)));
    }
    await page.goto(`/${lang}/`);
    await page.locator("textarea").first().fill("He follows me home and threatens me");
    await page.locator("form button[type=submit]").first().click();
    await page.waitForLoadState("networkidle");
    found.push(...(await violations(page)));
    await page.goto(`/${lang}/no-such-page`);
    found.push(...(await violations(page)));
    expect(found).toEqual([]);
    await context.close();
  });
}

/** Switches a staff member's pages to `lang` from their account page. */
async function chooseLanguage(page: Page, lang: string) {
  await page.goto("/staff/account");
  await page.locator("#locale").selectOption(lang);
  await page.locator('form[action="/staff/account/language"] button[type=submit]').click();
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

async function audit(page: Page, paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    found.push(...(await violations(page)));
  }
  return found;
}

for (const lang of LANGUAGES) {
  test(`every staff page in ${lang} has no WCAG 2.2 A or AA violation`, async ({ browser }) => {
    test.setTimeout(300_000);
    const options = { bypassCSP: true, locale: lang };
    const signedOut = await (await browser.newContext(options)).newPage();
    const found = await audit(signedOut, ["/staff/login", "/staff/password/forgot"]);

    // Set up in English (the set-up pages follow the browser's language), then switched.
    const auditSetUp = async (page: Page) => {
      found.push(...(await violations(page)));
    };
    const admin = await setUp(browser, createUser(`a11y-admin-${lang}@example.org`, "admin"), { bypassCSP: true }, auditSetUp);
    const provider = await setUp(browser, createUser(`a11y-provider-${lang}@galop.example`, "provider", "galop"), {
      bypassCSP: true,
    });
    const caseworker = await setUp(
      browser,
      createUser(`a11y-caseworker-${lang}@victimsupport.example`, "caseworker", "victim-support"),
      { bypassCSP: true },
    );
    for (const page of [admin, provider, caseworker]) await chooseLanguage(page, lang);

    // A referral, so that the inbox, the dashboard and the referral's pages have something in them.
    await caseworker.goto("/staff/referrals/new/galop-london-support");
    found.push(...(await violations(caseworker)));
    // Sent empty: the page with its error summary.
    await caseworker.locator("form.referral-form button[type=submit]").click();
    found.push(...(await violations(caseworker)));
    await caseworker.locator("#name").fill("Client");
    await caseworker.locator("#method-none").check();
    await caseworker.locator("#urgency-routine").check();
    await caseworker.locator("#consent").check();
    await caseworker.locator("#consent_by-client").check();
    await caseworker.locator("form.referral-form button[type=submit]").click();
    await expect(caseworker).toHaveURL(/\/staff\/referrals\/[0-9a-f-]+\?done=referral-sent$/);
    const referral = new URL(caseworker.url()).pathname;
    found.push(...(await violations(caseworker)));
    found.push(...(await audit(caseworker, ["/staff", "/staff/referrals", "/staff/referrals/find?q=advice", "/staff/account"])));

    await provider.goto("/staff/services");
    const edit = (await provider.locator('a[href$="/edit"]').first().getAttribute("href"))!;
    found.push(...(await audit(provider, ["/staff", "/staff/services", edit, "/staff/inbox", referral, "/staff/account"])));

    found.push(
      ...(await audit(admin, [
        "/staff",
        "/staff/admin/revisions",
        "/staff/admin/organizations",
        "/staff/admin/users",
        "/staff/admin/stale",
        "/staff/admin/audit",
        "/staff/inbox",
        "/staff/no-such-page",
      ])),
    );
    expect(found).toEqual([]);
  });
}

test("the get-in-touch pages in en, ar and pl have no WCAG 2.2 A or AA violation", async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await setUp(browser, createUser("a11y-contact-admin@example.org", "admin"));
  const provider = await setUp(browser, createUser("a11y-contact@sbs.example", "provider", "southall-black-sisters"));
  await provider.getByRole("link", { name: "Listings", exact: true }).click();
  await provider.locator(".staff-list__item").first().getByRole("link", { name: "Edit" }).click();
  await provider.getByLabel("Accepts contact requests through the portal").check();
  await provider.getByRole("button", { name: "Send for approval" }).click();
  await admin.getByRole("link", { name: "Changes to approve", exact: true }).click();
  await admin.getByRole("link", { name: "Southall Black Sisters advice and advocacy" }).click();
  await admin.getByRole("button", { name: "Approve and publish" }).click();
  await expect(admin.getByRole("status")).toContainText("approved and live");

  const page = await (await browser.newContext({ bypassCSP: true })).newPage();
  const found: string[] = [];
  for (const lang of LANGUAGES) {
    await page.goto(`/${lang}/services/southall-black-sisters-advice-and-advocacy/contact`);
    found.push(...(await violations(page)));
    await page.locator("form.contact-form button[type=submit]").click();
    found.push(...(await violations(page)));
    await page.locator("#name").fill("Sam");
    await page.locator("#method-none").check();
    await page.locator("form.contact-form button[type=submit]").click();
    await expect(page.locator(".reference")).toBeVisible();
    found.push(...(await violations(page)));
  }
  expect(found).toEqual([]);
});
