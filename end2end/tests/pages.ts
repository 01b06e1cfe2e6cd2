import { type Page } from "@playwright/test";

/** The languages every page is checked in: left to right, right to left, and one with its own
 *  plural rules and diacritics. */
export const LANGUAGES = ["en", "ar", "pl"] as const;

/** Every public page reachable by links from a language's home page, found by following them
 *  (same origin, same language, no staff pages), in the order they were found. */
export async function publicPages(page: Page, lang: string): Promise<string[]> {
  const start = `/${lang}/`;
  const seen = new Set<string>([start]);
  const queue = [start];
  const found: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await page.request.get(path);
    if (!response.ok() || !(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    found.push(path);
    const html = await response.text();
    for (const [, href] of html.matchAll(/href="([^"#?]+)(?:[?#][^"]*)?"/g)) {
      if (!href.startsWith(`/${lang}/`) || seen.has(href)) continue;
      seen.add(href);
      queue.push(href);
    }
  }
  return found;
}
