import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { AppPage } from './page-models/AppPage';
import { CanvasPage } from './page-models/CanvasPage';
import { InspectorPage } from './page-models/InspectorPage';
import { LibraryPage } from './page-models/LibraryPage';
import { PalettePage } from './page-models/PalettePage';
import type { DesignFile } from '../src/model/types';

const S3: DesignFile = JSON.parse(readFileSync(join(process.cwd(), 'public/examples/s03-recommended-two-zone.faultline.json'), 'utf8')) as DesignFile;
const S3_NAME = S3.design.name;

test.describe('persistence', () => {
  test('the open design, with the edits made in the app, is back unchanged after a reload', async ({ page }) => {
    const app = new AppPage(page);
    const canvas = new CanvasPage(page);
    const inspector = new InspectorPage(page);
    const library = new LibraryPage(page);
    await app.goto();
    await canvas.load(S3);
    await library.expectSaved();

    await app.designName.getByRole('button').click();
    const nameField = app.header.getByRole('textbox', { name: 'Design name' });
    await nameField.fill('Two zones');
    await nameField.press('Enter');
    await canvas.node('Instance', 'iA').click();
    await inspector.fill('Name', 'web-a');
    await expect(canvas.node('Instance', 'web-a')).toBeVisible();
    await library.expectSaved();
    const before = await canvas.document();
    expect(before.design.name).toBe('Two zones');

    await page.reload();
    await app.flow.waitFor({ state: 'visible' });
    await expect(app.designName).toHaveText('Two zones');
    expect(await canvas.document()).toEqual(before);
    await expect(canvas.node('Instance', 'web-a')).toBeVisible();
  });

  test('the library lists, renames, duplicates, deletes and opens designs', async ({ page }) => {
    const app = new AppPage(page);
    const canvas = new CanvasPage(page);
    const library = new LibraryPage(page);
    await app.goto();
    await canvas.load(S3);
    await library.expectSaved();

    await library.open();
    await expect(library.rows).toHaveCount(1);
    await expect(library.row(S3_NAME)).toContainText('Open');
    await expect(library.row(S3_NAME)).toContainText('16 resources');
    await library.newDesign();
    await expect(app.designName).toHaveText('Untitled design');
    expect((await canvas.document()).design.resources).toEqual([]);

    await library.open();
    await expect.poll(() => library.names()).toEqual(['Untitled design', S3_NAME]);
    await library.rename(S3_NAME, 'Two zones');
    await expect.poll(() => library.names()).toEqual(['Two zones', 'Untitled design']);
    await library.duplicate('Two zones');
    await expect.poll(() => library.names()).toEqual(['Two zones (copy)', 'Two zones', 'Untitled design']);
    // The open design cannot be deleted from under the editor.
    await expect(library.row('Untitled design').getByRole('button', { name: 'Delete Untitled design' })).toBeDisabled();
    await library.delete('Two zones (copy)');
    await expect.poll(() => library.names()).toEqual(['Two zones', 'Untitled design']);

    await library.openDesign('Two zones');
    await expect(app.designName).toHaveText('Two zones');
    const opened = await canvas.document();
    expect(opened.design.resources).toEqual(S3.design.resources);
    expect(opened.design.relations).toEqual(S3.design.relations);

    await page.reload();
    await app.flow.waitFor({ state: 'visible' });
    await expect(app.designName).toHaveText('Two zones');
    await library.open();
    await expect.poll(() => library.names()).toEqual(['Two zones', 'Untitled design']);
  });

  test('blocked storage shows a dismissible banner and the design stays editable', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(IDBFactory.prototype, 'open', {
        configurable: true,
        value() {
          throw new DOMException('IndexedDB is blocked for this test.', 'SecurityError');
        },
      });
    });
    const app = new AppPage(page);
    const canvas = new CanvasPage(page);
    const palette = new PalettePage(page);
    const library = new LibraryPage(page);
    await app.goto();

    await expect(library.banner).toBeVisible();
    await expect(library.banner).toHaveAttribute('role', 'alert');
    await expect(library.banner).toContainText('Your last design could not be reopened: the browser does not let this site store data');
    await expect(library.banner).toContainText('IndexedDB is blocked for this test.');

    await palette.item('Region').focus();
    await page.keyboard.press('Enter');
    await expect(canvas.region('europe-se-1')).toBeVisible();
    await expect(library.banner).toContainText('“Untitled design” could not be saved: the browser does not let this site store data');
    await expect(library.saveState).toHaveText('Not saved');

    await library.banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(library.banner).toBeHidden();
    await palette.item('Availability zone').focus();
    await page.keyboard.press('Enter');
    await expect(canvas.zone('europe-se-1a')).toBeVisible();
    expect((await canvas.document()).design.resources.map((r) => r.name)).toEqual(['europe-se-1', 'europe-se-1a']);
    // The same problem is not shown again after dismissal, while the header still says so.
    await expect(library.saveState).toHaveText('Not saved');
    await expect(library.banner).toBeHidden();

    await library.open();
    await expect(library.dialog.getByRole('alert')).toContainText('The design library could not be read');
  });
});
