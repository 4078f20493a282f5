import { expect, test as base } from '@playwright/test';

/** What the page reported on its console while a test ran. */
export interface ConsoleLog {
  /** `console.error` messages and uncaught exceptions (`pageerror`), in order. */
  errors: string[];
  /** `console.warn` messages, in order. */
  warnings: string[];
}

/**
 * Playwright's `test`, extended so that every test fails when the page logs a console error or
 * throws an uncaught exception. Tests that also care about warnings read `consoleLog.warnings`.
 */
export const test = base.extend<{ consoleLog: ConsoleLog }>({
  consoleLog: [
    async ({ page }, use) => {
      const log: ConsoleLog = { errors: [], warnings: [] };
      page.on('console', (message) => {
        const where = message.location().url;
        const text = where ? `${message.text()} (at ${where})` : message.text();
        if (message.type() === 'error') log.errors.push(text);
        if (message.type() === 'warning') log.warnings.push(text);
      });
      page.on('pageerror', (error) => log.errors.push(`Uncaught ${error.name}: ${error.message}`));
      await use(log);
      expect(log.errors, 'the page logged console errors or threw uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
