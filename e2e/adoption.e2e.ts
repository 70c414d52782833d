/*
 * The browser half of scripts/adoption-test.sh: a brand-new Backstage app with this repo's packages installed
 * from tarballs, as the READMEs say, runs on ADOPTION_BASE_URL. Checks that a Superset dashboard synced into the
 * catalog, that its Health tab renders a record after "Run now", and that the plugin's API answers.
 * Screenshots: test-results/adoption/*.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Page } from 'playwright-core';
import { launchChromium } from './browser';
import { expectLocator as expect } from './expectations';

const BASE = process.env.ADOPTION_BASE_URL ?? 'http://localhost:7007';
const DASHBOARD = process.env.ADOPTION_DASHBOARD ?? 'prod-dashboard-2';
const TIMEOUT = 90_000;
const SHOTS = path.resolve(__dirname, '../test-results/adoption');

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({
    path: path.join(SHOTS, `${name}.png`),
    fullPage: true,
  });
}

/** The plugin's API with the guest's Backstage token, as the frontend calls it. */
async function apiStatus(page: Page, route: string): Promise<number> {
  return page.evaluate(
    async ({ base, route: r }) => {
      const refresh = await fetch(`${base}/api/auth/guest/refresh`, {
        headers: { 'X-Requested-With': 'XMLHttpRequest' },
        credentials: 'include',
      });
      const { backstageIdentity } = await refresh.json();
      const response = await fetch(`${base}/api/dashboard-health${r}`, {
        headers: { Authorization: `Bearer ${backstageIdentity.token}` },
      });
      return response.status;
    },
    { base: BASE, route },
  );
}

async function main() {
  const context = await launchChromium();
  const page = await context.newPage();
  try {
    await page.goto(BASE);
    await page.getByRole('button', { name: /enter/i }).click();
    await shot(page, '00-signed-in');

    // The new app's catalog is wherever its config mounts it (create-app mounts it at "/"): follow the nav.
    const catalogLink = page.getByRole('link', {
      name: 'Catalog',
      exact: true,
    });
    const catalog = new URL(
      (await catalogLink.first().getAttribute('href', { timeout: TIMEOUT })) ??
        '/',
      BASE,
    );
    catalog.search = '?filters[kind]=resource&filters[user]=all';
    await page.goto(catalog.toString());
    await expect(page.getByText('Sales Overview').first()).toBeVisible({
      timeout: TIMEOUT,
    });
    // The catalog module's Health column, installed as the frontend README says.
    await expect(
      page.getByRole('columnheader', { name: /health/i }).first(),
    ).toBeVisible();
    await shot(page, '01-catalog-synced-dashboards');

    await page.goto(
      `${BASE}/catalog/default/resource/${DASHBOARD}/dashboard-health`,
    );
    await page.getByRole('button', { name: 'Run now' }).click();
    await expect(page.getByTestId('health-banner')).toContainText(
      /fail|warn|pass/i,
      {
        timeout: TIMEOUT,
      },
    );
    await expect(page.getByTestId('history-mark').first()).toBeVisible();
    await shot(page, '02-health-tab-after-run-now');

    const entityRef = encodeURIComponent(`resource:default/${DASHBOARD}`);
    const status = await apiStatus(page, `/health?entityRef=${entityRef}`);
    if (status !== 200)
      throw new Error(`GET /api/dashboard-health/health answered ${status}`);
    console.log(`adoption: catalog, Health tab and API (${status}) ok`);
  } catch (error) {
    console.error(`adoption: failed on ${page.url()}`);
    await shot(page, 'failure').catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
