import { test } from './fixtures';

/*
 * The console guard must be able to fail: each test here makes the page misbehave and is marked
 * as expected to fail, so the run goes red if the guard stops catching the problem.
 */
test.describe('console guard', () => {
  test('fails a test when the page logs a console error (expected to fail)', async ({ page }) => {
    test.fail();
    await page.goto('/');
    await page.evaluate(() => {
      console.error('deliberate console error');
    });
  });

  test('fails a test when the page throws an uncaught exception (expected to fail)', async ({ page }) => {
    test.fail();
    await page.goto('/');
    const thrown = page.waitForEvent('pageerror');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('deliberate uncaught error');
      }, 0);
    });
    await thrown;
  });
});
