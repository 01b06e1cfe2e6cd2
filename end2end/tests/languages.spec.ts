import { expect, test } from "@playwright/test";

test("an Arabic page is mirrored: its navigation starts at the right", async ({ page }) => {
  await page.goto("/ar/");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  const siteName = await page.locator(".site-name").boundingBox();
  const quickExit = await page.locator(".quick-exit").boundingBox();
  expect(siteName && quickExit).toBeTruthy();
  // The header's first item, the site's name, sits at the right edge in a right-to-left layout.
  expect(siteName!.x).toBeGreaterThan(quickExit!.x);
  const firstFooterLink = await page.locator(".site-footer li").first().boundingBox();
  const lastFooterLink = await page.locator(".site-footer li").last().boundingBox();
  expect(firstFooterLink!.x).toBeGreaterThan(lastFooterLink!.x);
});

test("the language chooser lists every language in its own name and sets no cookie", async ({ page }) => {
  await page.goto("/");
  const chooser = page.locator(".chooser");
  await expect(chooser.getByRole("link", { name: "العربية" })).toBeVisible();
  await expect(chooser.getByRole("link", { name: "Polski" })).toBeVisible();
  await expect(chooser.getByRole("link", { name: "简体中文" })).toBeVisible();
  await chooser.getByRole("link", { name: "Polski" }).click();
  await expect(page).toHaveURL(/\/pl\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  expect(await page.context().cookies()).toEqual([]);
});
