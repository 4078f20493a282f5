import { expect, type Locator, type Page } from '@playwright/test';
import type { DesignFile } from '../../src/model/types';

/** Page model of the design library dialog and of what the browser has stored. */
export class LibraryPage {
  /** The header button that opens the library. */
  readonly openButton: Locator;
  readonly dialog: Locator;
  /** The rows of the list, one per design. */
  readonly rows: Locator;
  /** The storage error banner. */
  readonly banner: Locator;
  /** The save state in the header ("Saved", "Unsaved changes", "Not saved"). */
  readonly saveState: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByRole('banner').getByRole('button', { name: 'Design library', exact: true });
    this.dialog = page.getByRole('dialog', { name: 'Design library' });
    this.rows = this.dialog.getByTestId('library-row');
    this.banner = page.getByTestId('storage-banner');
    this.saveState = page.getByTestId('save-state');
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await expect(this.dialog).toBeVisible();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close design library' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** The row of a design, by its exact name. */
  row(name: string): Locator {
    return this.dialog.getByRole('listitem', { name, exact: true });
  }

  /** The names in the list, in list order. */
  async names(): Promise<string[]> {
    return this.rows.getByTestId('library-name').allTextContents();
  }

  async newDesign(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'New design' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async openDesign(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: `Open ${name}` }).click();
    await expect(this.dialog).toBeHidden();
  }

  async rename(name: string, newName: string): Promise<void> {
    await this.row(name).getByRole('button', { name: `Rename ${name}` }).click();
    const input = this.dialog.getByRole('textbox', { name: `New name for ${name}` });
    await input.fill(newName);
    await input.press('Enter');
  }

  async duplicate(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: `Duplicate ${name}` }).click();
  }

  /** Deletes a design, answering the confirmation. */
  async delete(name: string): Promise<void> {
    const row = this.row(name);
    await row.getByRole('button', { name: `Delete ${name}` }).click();
    await row.getByRole('group', { name: `Confirm deleting ${name}` }).getByRole('button', { name: 'Delete', exact: true }).click();
  }

  /**
   * The design file stored for this design id, read straight from IndexedDB (null when there is
   * none). It never creates the database: opening a missing one would create it without the store.
   */
  async stored(designId: string): Promise<DesignFile | null> {
    return this.page.evaluate(async (id) => {
      const known = await indexedDB.databases();
      if (!known.some((d) => d.name === 'faultline')) return null;
      return new Promise<DesignFile | null>((resolve, reject) => {
        const request = indexedDB.open('faultline');
        request.onerror = () => reject(new Error(request.error?.message ?? 'open failed'));
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('designs')) {
            db.close();
            resolve(null);
            return;
          }
          const get = db.transaction('designs', 'readonly').objectStore('designs').get(`design:${id}`);
          get.onerror = () => reject(new Error(get.error?.message ?? 'read failed'));
          get.onsuccess = () => {
            const record = get.result as { file?: DesignFile } | undefined;
            db.close();
            resolve(record?.file ?? null);
          };
        };
      });
    }, designId);
  }

  /** Waits until the open design, as the test hook shows it, is what IndexedDB holds. */
  async expectSaved(): Promise<void> {
    const current = await this.page.evaluate(() => window.__faultline?.getDocument() ?? null);
    if (!current) throw new Error('The test hook is missing: is this a --mode test build?');
    await expect.poll(() => this.stored(current.design.id), { timeout: 5000 }).toEqual(current);
    await expect(this.saveState).toHaveText('Saved');
  }
}
