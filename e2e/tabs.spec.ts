import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './page-models/AppPage';
import { CanvasPage } from './page-models/CanvasPage';
import { LibraryPage } from './page-models/LibraryPage';
import type { DesignFile } from '../src/model/types';

const S3: DesignFile = JSON.parse(readFileSync(join(process.cwd(), 'public/examples/s03-recommended-two-zone.faultline.json'), 'utf8')) as DesignFile;

/** Renames the open design from the header (one edit, saved by autosave). */
async function rename(page: Page, name: string): Promise<void> {
  const app = new AppPage(page);
  await app.designName.getByRole('button').click();
  const field = app.header.getByRole('textbox', { name: 'Design name' });
  await field.fill(name);
  await field.press('Enter');
}

/**
 * A second tab of the same browser profile (same IndexedDB, same BroadcastChannel). It stays
 * "visible" when the test works in the first tab, as two windows side by side do (a tab that is
 * hidden saves at once).
 */
async function secondTab(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  const errors: string[] = [];
  other.on('pageerror', (error) => errors.push(error.message));
  other.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await other.addInitScript(() => {
    Object.defineProperty(document, 'visibilityState', { get: () => 'visible' });
  });
  await new AppPage(other).goto();
  await expect(new AppPage(other).designName).toHaveText(S3.design.name);
  secondTabErrors.push(errors);
  return other;
}

const secondTabErrors: string[][] = [];
test.afterEach(() => {
  for (const errors of secondTabErrors.splice(0)) expect(errors, 'the second tab logged errors').toEqual([]);
});

test.describe('two tabs with the same design', () => {
  test('a tab without unsaved changes takes what the other tab saved', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await new AppPage(page).goto();
    await canvas.load(S3);
    await new LibraryPage(page).expectSaved();

    const other = await secondTab(page);

    await rename(page, 'Renamed in the first tab');
    await new LibraryPage(page).expectSaved();
    await expect(new AppPage(other).designName).toHaveText('Renamed in the first tab');
    await expect(other.locator('.app-notice-area')).toContainText('was updated with the changes saved in another tab');
    await expect(other.getByTestId('tab-conflict')).toHaveCount(0);
  });

  test('with unsaved changes when another tab saves, saving pauses and the user keeps both versions', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await new AppPage(page).goto();
    await canvas.load(S3);
    await new LibraryPage(page).expectSaved();
    const other = await secondTab(page);

    // The second tab changes the design and, before its autosave (400 ms later) runs, hears that
    // another tab saved it: the message the first tab's library sends after a save.
    await other.evaluate(() => {
      const hook = window.__faultline;
      if (!hook) throw new Error('no test hook');
      hook.commit('Rename', (file) => ({ ...file, design: { ...file.design, name: 'Second tab version' } }));
    });
    await page.evaluate((id) => {
      const channel = new BroadcastChannel('faultline.library');
      channel.postMessage({ type: 'faultline.library-change', kind: 'saved', designId: id, from: 'first-tab' });
      channel.close();
    }, S3.design.id);

    const banner = other.getByTestId('tab-conflict');
    await expect(banner).toContainText('“Second tab version” was saved in another tab');
    await expect(new AppPage(other).header).toContainText('Saving paused');
    // Nothing was saved over the stored version meanwhile.
    await other.waitForTimeout(800);
    expect((await new LibraryPage(page).stored(S3.design.id))?.design.name).toBe(S3.design.name);

    await banner.getByRole('button', { name: 'Keep mine as a new design' }).click();
    await expect(banner).toHaveCount(0);
    await expect(new AppPage(other).designName).toHaveText('Second tab version (kept from another tab)');
    await new LibraryPage(other).expectSaved();

    // Both versions are in the library: the stored one untouched, this tab's as a new design.
    const library = new LibraryPage(page);
    await library.open();
    await expect.poll(() => library.names()).toEqual(['Second tab version (kept from another tab)', S3.design.name]);
  });
});
