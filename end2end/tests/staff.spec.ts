import { expect, test } from "@playwright/test";
import { createUser, setUp } from "./staff";

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

  await provider.getByRole("link", { name: "Inbox", exact: true }).click();
  await provider.getByRole("link", { name: code }).click();
  await expect(provider.getByText("Quillon")).toBeVisible();
  await expect(provider.getByText("07700 900987")).toBeVisible();
});

test("a caseworker refers a client; the service receives, accepts and notes it; the caseworker sees the update", async ({ browser }) => {
  const caseworker = await setUp(browser, createUser("caseworker@victimsupport.example", "caseworker", "victim-support"));
  const provider = await setUp(browser, createUser("referrals@galop.example", "provider", "galop"));

  await caseworker.getByRole("link", { name: "Refer a client", exact: true }).first().click();
  await caseworker.getByLabel("Words about the service or the help needed").fill("Galop");
  await caseworker.getByRole("button", { name: "Search" }).click();
  await caseworker.locator('a[href="/staff/referrals/new/galop-london-support"]').click();
  await expect(caseworker.getByRole("heading", { level: 1 })).toContainText("Refer a client to");

  // Sent without consent first: the problem is named and nothing typed is lost.
  await caseworker.getByLabel("A name the service can use for the client").fill("Marrowfine");
  await caseworker.getByLabel("Phone call").check();
  await caseworker.getByLabel("The client's phone number or email address").fill("07700 900456");
  await caseworker.getByLabel("No, never leave a message").check();
  await caseworker.getByLabel("What help does the client need?").fill("Advocacy after a hate crime");
  await caseworker.getByLabel("Urgent: within a working day").check();
  await caseworker.getByRole("button", { name: "Send the referral" }).click();
  await expect(caseworker.getByRole("alert")).toContainText("A referral needs consent");
  await expect(caseworker.getByLabel("A name the service can use for the client")).toHaveValue("Marrowfine");

  await caseworker.getByLabel("The client agreed to this referral").check();
  await caseworker.getByLabel("The client", { exact: true }).check();
  await caseworker.getByLabel("the client's contact details").check();
  await caseworker.getByLabel("what happened and the help needed").check();
  await caseworker.getByRole("button", { name: "Send the referral" }).click();
  await expect(caseworker.getByRole("status")).toContainText("The referral is sent");
  const reference = (await caseworker.getByRole("heading", { level: 1 }).textContent())!.match(/[A-Z0-9]{4}-[A-Z0-9]{4}/)![0];

  await provider.getByRole("link", { name: "Inbox", exact: true }).click();
  await provider.getByRole("link", { name: reference }).click();
  await expect(provider.getByText("Marrowfine")).toBeVisible();
  await expect(provider.getByText("Advocacy after a hate crime")).toBeVisible();
  await expect(provider.locator("ol.timeline")).toContainText("Received");
  await provider.getByLabel("Status", { exact: true }).selectOption({ label: "Accepted" });
  await provider.getByRole("button", { name: "Save" }).click();
  await expect(provider.getByRole("status")).toContainText("The status is saved");
  await provider.getByLabel("New note").fill("Called back, first session booked");
  await provider.getByRole("button", { name: "Add the note" }).click();
  await expect(provider.getByText("Called back, first session booked")).toBeVisible();

  await caseworker.getByRole("link", { name: "My referrals", exact: true }).click();
  const item = caseworker.locator(".staff-list__item", { hasText: reference });
  await expect(item).toContainText("Accepted");
  await expect(item).toContainText("Updated since you last looked");
  await item.getByRole("link", { name: reference }).click();
  await expect(caseworker.locator("ol.timeline")).toContainText(/referrals@galop\.example\W+set the status to\W+Accepted/);
  await expect(caseworker.getByText("Called back, first session booked")).toHaveCount(0);
});
