/**
 * Writes the README's picture of 总览 (docs/admin-overview.png) from a running server:
 *   pnpm start   # prints the seeded password on first start
 *   SEED_PASSWORD=<password> pnpm --filter @liangxin/admin screenshot
 * BASE_URL (default http://localhost:4000), SCREENSHOT_USER (default city-admin), CHROMIUM_PATH
 * (default /usr/bin/chromium, Debian's Chromium; no browser is downloaded), OUT to change the file.
 */
import { resolve } from "node:path";
import { chromium } from "playwright-core";

const baseURL = process.env.BASE_URL ?? "http://localhost:4000";
const username = process.env.SCREENSHOT_USER ?? "city-admin";
const password = process.env.SEED_PASSWORD;
const out = resolve(import.meta.dirname, "../../..", process.env.OUT ?? "docs/admin-overview.png");
if (!password) {
  console.error("SEED_PASSWORD is required (the password the seeding printed)");
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const page = await browser.newPage({ baseURL, viewport: { width: 1366, height: 768 }, locale: "zh-CN" });
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await page.getByRole("heading", { name: /^总览/ }).waitFor();
  await page.getByRole("table", { name: "5号文件目标" }).waitFor();
  await page.locator("[role=img] canvas").last().waitFor();
  // Let the charts finish their entrance animation.
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
