import { expect, test, type Page, type Request } from "@playwright/test";

const QUICK_EXIT = "https://www.bbc.co.uk/weather";

/** Records every request the page makes to an origin other than the portal's. */
function watchOtherOrigins(page: Page, baseURL: string): string[] {
  const ours = new URL(baseURL).origin;
  const others: string[] = [];
  page.on("request", (request: Request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.origin !== ours) others.push(request.url());
  });
  return others;
}

/** Answers quick exit's destination locally: the machine has no internet, and the test only
 *  needs to know the browser went there. */
async function stubQuickExitTarget(page: Page) {
  await page.context().route("https://www.bbc.co.uk/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<title>Weather</title><p>Weather</p>" }),
  );
}

async function describeAndFindHelp(page: Page) {
  await page.goto("/en/");
  await expect(page.getByRole("heading", { level: 1, name: "What happened?" })).toBeVisible();
  await page.getByLabel("What happened? You can write in your own words").fill("He keeps stalking me and follows me home from work");
  await page.getByRole("button", { name: "Find help" }).click();
  await expect(page).toHaveURL(/\/en\/help$/);
  await expect(page).toHaveTitle("Information");
  await expect(page.getByRole("heading", { level: 1, name: "Help that may fit" })).toBeVisible();
  const firstService = page.locator(".service-card__name a").first();
  const name = (await firstService.textContent())?.trim() ?? "";
  expect(name).not.toBe("");
  await firstService.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Not yet verified by the provider").first()).toBeVisible();
}

test.describe("with JavaScript", () => {
  test("home, description, results, service page; nothing from another origin", async ({ page, baseURL }) => {
    const others = watchOtherOrigins(page, baseURL!);
    await describeAndFindHelp(page);
    expect(others).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });

  test("the description box counts the characters left once the island wakes", async ({ page }) => {
    await page.goto("/en/");
    const counter = page.locator("#description-count");
    await expect(counter).toHaveText(/You can write\W*5,000\W*more characters\./);
    const box = page.getByLabel("What happened? You can write in your own words");
    // Typing before hydration finishes is not counted; wait until the island answers.
    await expect(async () => {
      await box.fill("");
      await box.pressSequentially("hello");
      await expect(counter).toHaveText(/You can write\W*4,995\W*more characters\./, { timeout: 500 });
    }).toPass({ timeout: 15_000 });
  });

  test("quick exit by the link leaves, and Back does not return", async ({ page }) => {
    await stubQuickExitTarget(page);
    await page.goto("/en/situations/stalking");
    await page.getByRole("link", { name: /Leave this site/ }).click();
    await expect(page).toHaveURL(QUICK_EXIT);
    await page.goBack().catch(() => undefined);
    expect(page.url()).not.toContain("127.0.0.1");
  });

  test("quick exit by Esc twice leaves, and Back does not return", async ({ page }) => {
    await stubQuickExitTarget(page);
    await page.goto("/en/safety");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(QUICK_EXIT);
    await page.goBack().catch(() => undefined);
    expect(page.url()).not.toContain("127.0.0.1");
  });

  test("quick exit by Shift three times leaves, but typing capitals does not", async ({ page }) => {
    await stubQuickExitTarget(page);
    await page.goto("/en/");
    const box = page.getByLabel("What happened? You can write in your own words");
    await box.pressSequentially("I Am Typing With Capitals");
    await expect(page).toHaveURL(/\/en\/$/);
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await expect(page).toHaveURL(QUICK_EXIT);
  });
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("home, description, results, service page", async ({ page, baseURL }) => {
    const others = watchOtherOrigins(page, baseURL!);
    await describeAndFindHelp(page);
    expect(others).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });

  test("quick exit by the link still leaves", async ({ page }) => {
    await stubQuickExitTarget(page);
    await page.goto("/en/");
    await page.getByRole("link", { name: /Leave this site/ }).click();
    await expect(page).toHaveURL(QUICK_EXIT);
  });
});
