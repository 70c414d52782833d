import AxeBuilder from '@axe-core/playwright';
import { Page } from 'playwright-core';

/** Horizontal overflow of the document: 0 when nothing scrolls sideways. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

/**
 * Table headers whose text breaks inside a word ("Stat|us"): a word of a header whose characters lie on
 * more than one line. Returns "header text: word" for each.
 */
export function headersBrokenInsideWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const th of Array.from(document.querySelectorAll('th'))) {
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const words = text.matchAll(/\S+/g);
        for (const match of words) {
          const range = document.createRange();
          range.setStart(node, match.index ?? 0);
          range.setEnd(node, (match.index ?? 0) + match[0].length);
          const tops = new Set(
            Array.from(range.getClientRects())
              .filter(rect => rect.width > 0)
              .map(rect => Math.round(rect.top)),
          );
          if (tops.size > 1) broken.push(`${th.textContent}: ${match[0]}`);
        }
      }
    }
    return broken;
  });
}

/** Sidebar labels cut with an ellipsis (their text is wider than their box). */
export function truncatedSidebarLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('nav a span, nav a p, nav a div'))
      .filter(element => element.children.length === 0)
      .filter(element => (element.textContent ?? '').trim() !== '')
      .filter(element => element.scrollWidth > element.clientWidth + 1)
      .map(element => element.textContent ?? ''),
  );
}

/**
 * Serious and critical axe violations (WCAG 2 A/AA), as "rule: target" lines. `disabledRules` are rules a
 * page is excused from, each with its reason where the page is listed.
 */
export async function seriousAxeViolations(
  page: Page,
  disabledRules: string[] = [],
): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
  ]);
  if (disabledRules.length) builder = builder.disableRules(disabledRules);
  const results = await builder.analyze();
  return results.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .flatMap(v =>
      v.nodes.map(
        node =>
          `${v.id} (${v.impact}): ${node.target.join(' ')} — ${
            v.help
          } — ${node.html.slice(0, 160)} — ${node.failureSummary ?? ''}`,
      ),
    );
}

/** Waits until no skeleton or spinner is visible (a page still loading is not what a user reads). */
export async function waitUntilLoaded(page: Page, timeoutMs = 30_000) {
  const busy = page.locator(
    '.MuiSkeleton-root, [role="progressbar"], .MuiCircularProgress-root',
  );
  const deadline = Date.now() + timeoutMs;
  while ((await busy.count()) > 0 && Date.now() < deadline) {
    await page.waitForTimeout(250);
  }
}

/** Switches Backstage's theme (kept in localStorage by the theme selector) and reloads. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.evaluate(
    mode => window.localStorage.setItem('theme', mode),
    theme,
  );
  await page.reload();
}
