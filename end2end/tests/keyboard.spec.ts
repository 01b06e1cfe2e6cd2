import { expect, test, type Locator, type Page } from "@playwright/test";
import { createUser, setUp } from "./staff";

/** Presses Tab until `target` has focus, checking that each element focused on the way shows
 *  it (an outline of 2px or more). */
async function tabTo(page: Page, target: Locator, limit = 100) {
  await page.waitForLoadState("networkidle");
  const hidden: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const shown = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
      return { element: element.outerHTML.slice(0, 100), shown };
    });
    if (focused && !focused.shown) hidden.push(focused.element);
    if (await target.evaluate((element) => element === document.activeElement)) {
      expect(hidden, "focus was not visible on").toEqual([]);
      return;
    }
  }
  throw new Error(`Tab never reached ${target}`);
}

test("with the keyboard alone: home, results, a service, and asking it to get in touch", async ({ browser }) => {
  // A service that takes contact requests, switched on by its provider and approved.
  const admin = await setUp(browser, createUser("keyboard-admin@example.org", "admin"));
  const provider = await setUp(browser, createUser("keyboard@victimsupport.example", "provider", "victim-support"));
  await provider.getByRole("link", { name: "Listings", exact: true }).click();
  const listing = provider.locator(".staff-list__item", { hasText: "Victim Support Supportline" });
  await listing.getByRole("link", { name: "Edit" }).click();
  await provider.getByLabel("Accepts contact requests through the portal").check();
  await provider.getByRole("button", { name: "Send for approval" }).click();
  await admin.getByRole("link", { name: "Changes to approve", exact: true }).click();
  await admin.getByRole("link", { name: "Victim Support Supportline" }).click();
  await admin.getByRole("button", { name: "Approve and publish" }).click();
  await expect(admin.getByRole("status")).toContainText("approved and live");

  const page = await (await browser.newContext()).newPage();
  await page.goto("/en/");
  await tabTo(page, page.getByLabel("What happened? You can write in your own words"));
  await page.keyboard.type("my neighbour keeps shouting racist abuse at me and my children");
  await tabTo(page, page.getByRole("button", { name: "Find help" }));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/en\/help$/);
  await expect(page.getByRole("heading", { level: 1, name: "Help that may fit" })).toBeVisible();

  // After each Enter that follows a link, wait for the next page: a Tab pressed while the old
  // page is still there would land on it.
  await tabTo(page, page.getByRole("link", { name: "Victim Support Supportline" }).first());
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/en\/services\/victim-support-supportline$/);
  await expect(page.getByRole("heading", { level: 1, name: "Victim Support Supportline" })).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: "Ask them to contact you" }));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/contact$/);

  await tabTo(page, page.getByLabel("A name or nickname they can use"));
  await page.keyboard.type("sam");
  await tabTo(page, page.getByLabel("Phone call"));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByLabel("Your phone number or email address"));
  await page.keyboard.type("07700 900123");
  // Within a group of radio buttons the arrow keys choose: from "yes" down to "no".
  await tabTo(page, page.getByLabel("Yes, they may leave a message"));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("No, do not leave any message")).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Send" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Your message has been sent" })).toBeVisible();
});

const NARROW_PAGES = ["/", "/safety", "/situations/hate-crime", "/services/victim-support-supportline"];

// A 1280-pixel screen at 200% zoom shows 640 CSS pixels; at 400%, 320 (WCAG 1.4.10 reflow).
for (const lang of ["en", "ar", "pl"]) {
  for (const width of [640, 320]) {
    test(`at ${width} CSS pixels pages in ${lang} reflow without scrolling sideways`, async ({ browser }) => {
      const page = await (await browser.newContext({ viewport: { width, height: 640 } })).newPage();
      const wide: string[] = [];
      const check = async (name: string) => {
        const scrolled = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrolled > width) wide.push(`${name}: ${scrolled}px`);
      };
      for (const path of NARROW_PAGES) {
        await page.goto(`/${lang}${path}`);
        await check(path);
      }
      await page.goto(`/${lang}/`);
      await page.locator("textarea").first().fill("my neighbour keeps shouting racist abuse at me");
      await page.locator("form button[type=submit]").first().click();
      await check("results");
      expect(wide).toEqual([]);
    });
  }
}
