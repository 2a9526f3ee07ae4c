import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import type { User } from "../../../server/auth/user.entity.ts";
import { TEST_PASSWORD } from "../../helpers/factories.ts";
import type { TestServer } from "../../helpers/test-server.ts";
import { LoginPage } from "./pages.ts";

export const PHONE = { width: 390, height: 844 };

/** The reading of a mark `offset` pixels along a line `width` pixels long: to 0.1 of 10, as the paper form is read. */
export const reading = (offset: number, width: number) => Math.round((offset / width) * 100) / 10;

/**
 * A phone that takes touches, with `user` signed in and on the page whose heading is `home`. The context is added
 * to `contexts`, for the test to close.
 */
export async function phoneOf(
  browser: Browser,
  server: TestServer,
  contexts: BrowserContext[],
  user: User,
  home: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true });
  contexts.push(context);
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const login = new LoginPage(page, server.url);
  await login.open("/login");
  await login.signIn(user.email, TEST_PASSWORD);
  await page.getByRole("heading", { level: 1, name: home }).waitFor();
  return page;
}

/** One of the visual-analogue lines, by its name. */
export const scaleLine = (page: Page, name: string) => page.getByRole("slider", { name, exact: true });

/** A tap `fraction` of the way along a line, at a whole pixel; the reading it should give. */
export async function tapLine(page: Page, line: Locator, fraction: number): Promise<number> {
  // A finger touches what is on the screen: the line is scrolled to first.
  await line.scrollIntoViewIfNeeded();
  const box = (await line.boundingBox())!;
  const x = Math.round(box.x + box.width * fraction);
  await page.touchscreen.tap(x, box.y + box.height / 2);
  return reading(x - box.x, box.width);
}

/** Chooses an answer by its words in the radio group of a question. */
export async function answer(page: Page, question: string, words: string): Promise<void> {
  await page.getByRole("radiogroup", { name: question, exact: true }).getByLabel(words, { exact: true }).check();
}
