/**
 * End-to-end support: the real server started in-process by the server's own test harness (MariaDB
 * when TEST_DATABASE_URL is set, else the embedded SQLite; seeded with the reference dataset), which
 * serves the built client from apps/admin/dist; and Debian's Chromium driven by playwright-core.
 * No browser is ever downloaded. A failed test leaves a screenshot in test-results/.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";

export const ADMIN_DIST = resolve(import.meta.dirname, "../../dist");
export const RESULTS_DIR = resolve(import.meta.dirname, "../../test-results");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const VIEWPORT = { width: 1366, height: 768 } as const;
/** MariaDB when TEST_DATABASE_URL is set (as in CI), the embedded SQLite otherwise. */
export const BACKEND: "sqlite" | "mysql" = process.env.TEST_DATABASE_URL ? "mysql" : "sqlite";

/** The parts of apps/server/test/support/harness.ts these tests use. */
export interface TestServer {
  readonly url: string;
  readonly backend: "sqlite" | "mysql";
  /** The one-time setup code printed at start (an empty database only). */
  readonly setupCode: string | null;
  query<T>(query: string, variables?: Record<string, unknown>, username?: string): Promise<T>;
  stop(): Promise<void>;
}
interface Harness {
  readonly TEST_PASSWORD: string;
  readonly TEST_NOW: string;
  startTestServer(backend: "sqlite" | "mysql", options?: { label?: string; empty?: boolean }): Promise<TestServer>;
}

/**
 * Loaded by URL at run time: the harness is the server's TypeScript (decorators and all), compiled
 * by vitest under the server's own tsconfig, not type-checked as part of this package.
 */
async function loadHarness(): Promise<Harness> {
  const url = new URL("../../../server/test/support/harness.ts", import.meta.url).href;
  return (await import(/* @vite-ignore */ url)) as Harness;
}

export interface E2E {
  readonly server: TestServer;
  readonly browser: Browser;
  readonly password: string;
  /** The server's clock; the browser's starts there too, so "today" is the same day on both sides. */
  readonly now: Date;
  stop(): Promise<void>;
}

/** `empty`: a migrated database without the reference data or any user (a department's first start). */
export async function startE2E(label: string, options: { empty?: boolean } = {}): Promise<E2E> {
  if (!existsSync(join(ADMIN_DIST, "index.html"))) {
    throw new Error("apps/admin/dist is missing: build the client first (turbo runs `build` before `test`)");
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk (.ci/run does)`);
  }
  const harness = await loadHarness();
  const server = await harness.startTestServer(BACKEND, { label, empty: options.empty ?? false });
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    server,
    browser,
    password: harness.TEST_PASSWORD,
    now: new Date(harness.TEST_NOW),
    async stop() {
      await browser.close();
      await server.stop();
    },
  };
}

/**
 * A fresh browser context (no session) at 1366×768 for one test; on failure a full-page screenshot
 * goes to test-results/<name>.png before the error is rethrown.
 */
export async function withPage(e2e: E2E, name: string, run: (page: Page) => Promise<void>): Promise<void> {
  const context: BrowserContext = await e2e.browser.newContext({
    baseURL: e2e.server.url,
    viewport: VIEWPORT,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  // The browser's clock starts at the server's and runs on: the client's default month, year and
  // "today" then agree with the server's whatever the real date.
  await context.clock.install({ time: e2e.now });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  try {
    await run(page);
    if (problems.length > 0) throw new Error(`errors in the page:\n${problems.join("\n")}`);
  } catch (error) {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, `${name.replace(/[^\p{L}\p{N}_-]+/gu, "_")}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

/** True when the page needs no horizontal scrolling at its width. */
export async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** The text a person sees in an element: rendered text, without hidden nodes. */
export function seen(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what these tests check
  return locator.innerText();
}

/** Matches an Ant Design popup no longer in its opening motion (rc-motion's `-enter`/`-appear` classes). */
const SETTLED = ":not([class*='-enter']):not([class*='-appear'])";

/** The open Ant Design dropdown once its opening motion has ended (keys or clicks before may be lost). */
export function openDropdown(page: Page): Locator {
  return page.locator(`.ant-select-dropdown:visible${SETTLED}`);
}

/**
 * The open Ant Design modal (by its title, when given) once its opening motion has ended; every action
 * through this locator waits for that. A click while the modal still zooms in is aimed where the
 * button was measured and can miss it: under load (and the fake clock's animation frames) Playwright's
 * stability check does not always catch the motion, and the click is lost without a trace.
 */
export function modal(page: Page, name?: string | RegExp): Locator {
  return page.getByRole("dialog", name === undefined ? {} : { name }).and(page.locator(SETTLED));
}

/**
 * Clicks an option of the open Ant Design select. It waits for the dropdown's opening motion to end
 * (a click during it can land while the list moves and be lost) and clicks the drawn item (its
 * role=option twins are for screen readers only). A string matches the option's whole label.
 */
export async function pickOption(page: Page, option: string | RegExp): Promise<void> {
  const settled = openDropdown(page);
  const item =
    typeof option === "string"
      ? settled.locator(`.ant-select-item-option[title="${option.replaceAll('"', '\\"')}"]`)
      : settled.locator(".ant-select-item-option", { hasText: option });
  await item.first().click();
}

/**
 * Opens a select by clicking `trigger` (forced: the shown value covers its input) and picks an option.
 * A forced click lands where the trigger was when it was measured: while a dialog still zooms in
 * (slow under load) it can miss, and the list never opens. So it clicks once nothing moves, and again
 * if no list has opened.
 */
export async function openAndPick(page: Page, trigger: Locator, option: string): Promise<void> {
  const item = openDropdown(page).locator(`.ant-select-item-option[title="${option.replaceAll('"', '\\"')}"]`);
  for (let attempt = 1; ; attempt++) {
    await motionless(page);
    await trigger.click({ force: true });
    try {
      await item.first().waitFor({ timeout: 5_000 });
      break;
    } catch (error) {
      if (attempt === 3 || (await openDropdown(page).count()) > 0) throw error;
    }
  }
  await pickOption(page, option);
}

/** Opens a labelled Ant Design select, picks an option, and waits until it shows. */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await openAndPick(page, input, option);
  const select = page.locator(".ant-select").filter({ has: input });
  await select
    .locator(`.ant-select-selection-item[title="${option.replaceAll('"', '\\"')}"]`)
    .first()
    .waitFor();
}

/**
 * Waits until no dialog or drawer of Ant Design is opening or closing: a click while one moves can
 * land on the wrong element, or on one about to go.
 */
export async function motionless(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector(
        "[class*='ant-zoom-'][class*='-enter'], [class*='ant-zoom-'][class*='-appear'], [class*='ant-zoom-'][class*='-leave'], [class*='ant-fade-'][class*='-leave'], [class*='panel-motion'][class*='-enter'], [class*='panel-motion'][class*='-leave']",
      ),
  );
}
