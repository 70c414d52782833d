import { Locator } from 'playwright-core';

/** playwright-core has no test runner; these retry until true or the timeout, like web-first assertions. */
async function until(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}${
      last ? ` (${last})` : ''
    }`,
  );
}

export function expectLocator(locator: Locator) {
  return {
    toBeVisible: (options: { timeout?: number } = {}) =>
      until(
        `${locator} to be visible`,
        () => locator.isVisible(),
        options.timeout ?? 10_000,
      ),
    toContainText: (
      text: string | RegExp,
      options: { timeout?: number } = {},
    ) =>
      until(
        `${locator} to contain ${text}`,
        async () => {
          const content = (await locator.textContent()) ?? '';
          return typeof text === 'string'
            ? content.includes(text)
            : text.test(content);
        },
        options.timeout ?? 10_000,
      ),
    toHaveCount: (count: number, options: { timeout?: number } = {}) =>
      until(
        `${locator} to have ${count} elements`,
        async () => (await locator.count()) === count,
        options.timeout ?? 10_000,
      ),
  };
}

export function expectUrl(
  page: { url(): string },
  pattern: RegExp,
  timeoutMs = 10_000,
) {
  return until(
    `the URL to match ${pattern}`,
    async () => pattern.test(page.url()),
    timeoutMs,
  );
}
