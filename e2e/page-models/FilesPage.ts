import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { DesignFile } from '../../src/model/types';
import type { TestStateSnapshot } from '../../src/testHook';

/** A file handed to the file picker or dropped on the canvas. */
export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Page model of files and sharing: the File menu, its dialogs, downloads and the test hook. */
export class FilesPage {
  /** The File menu button in the header. */
  readonly menuButton: Locator;
  /** The dialog explaining a refused import (ARIA `alertdialog`). */
  readonly rejected: Locator;
  /** The dialog listing the repairs of an import, or offering a shared design. */
  readonly review: Locator;
  /** The template gallery. */
  readonly gallery: Locator;
  /** The "Paste a design" dialog. */
  readonly pasteDialog: Locator;
  /** The share dialog. */
  readonly shareDialog: Locator;
  /** The notice after a command (e.g. "Imported … as a new design"). */
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.menuButton = page.getByRole('banner').getByRole('button', { name: 'File' });
    this.rejected = page.getByRole('alertdialog');
    this.review = page.getByTestId('import-review');
    this.gallery = page.getByRole('dialog', { name: 'Start from a template' });
    this.pasteDialog = page.getByRole('dialog', { name: 'Paste a design' });
    this.shareDialog = page.getByTestId('share-dialog');
    this.notice = page.getByTestId('files-notice');
  }

  /** Opens the app and waits until the canvas is on screen. */
  async goto(path = '/'): Promise<void> {
    await this.page.goto(path);
    await this.page.getByTestId('canvas').locator('.react-flow').waitFor({ state: 'visible' });
  }

  /** Chooses an entry of the File menu. */
  async menu(item: string): Promise<void> {
    await this.menuButton.click();
    await this.page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: item }).click();
  }

  /** The open document, through the test hook. */
  async document(): Promise<DesignFile> {
    return this.page.evaluate(() => {
      const hook = window.__faultline;
      if (!hook) throw new Error('The test hook is missing: is this the --mode test build?');
      return hook.getDocument();
    });
  }

  /** The store's state (undo steps and labels), through the test hook. */
  async state(): Promise<TestStateSnapshot> {
    return this.page.evaluate(() => {
      const hook = window.__faultline;
      if (!hook) throw new Error('The test hook is missing: is this the --mode test build?');
      return hook.getState();
    });
  }

  /** Replaces the open document without the UI (a fast way to set up a test). */
  async load(file: DesignFile): Promise<void> {
    await this.page.evaluate((f) => window.__faultline?.loadDocument(f), file);
  }

  /** Waits until the open design is the one named `name`. */
  async expectOpen(name: string): Promise<void> {
    await expect.poll(async () => (await this.document()).design.name).toBe(name);
  }

  /** Opens a template from the gallery and waits until it is the open design. */
  async openTemplate(name: string): Promise<void> {
    await this.menu('Templates…');
    await this.gallery.getByRole('button', { name: `Open template ${name}` }).click();
    await expect(this.gallery).toBeHidden();
    await this.expectOpen(name);
  }

  /** Runs a menu command that downloads a file, and returns the download. */
  async download(item: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.menu(item);
    return download;
  }

  /** The text of a download. */
  async text(download: Download): Promise<string> {
    const path = await download.path();
    return readFile(path, 'utf8');
  }

  /** The bytes of a download. */
  async bytes(download: Download): Promise<Buffer> {
    return readFile(await download.path());
  }

  /** Imports files through the File menu's file picker. */
  async importThroughPicker(file: string | FilePayload): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.menu('Import file…');
    await (await chooser).setFiles(file);
  }

  /** Drops a file on the canvas the way the browser does when a file is dragged in from the desktop. */
  async dropOnCanvas(file: { name: string; text: string }): Promise<void> {
    await this.page.getByTestId('canvas').locator('.react-flow__pane').evaluate((pane, f) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
      const box = pane.getBoundingClientRect();
      const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
      for (const type of ['dragenter', 'dragover', 'drop']) {
        pane.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true, ...at }));
      }
    }, file);
  }

  /** Pastes a text into the "Paste a design" dialog and submits it. */
  async pasteInDialog(text: string): Promise<void> {
    await this.menu('Paste JSON…');
    await this.pasteDialog.getByRole('textbox', { name: 'Design file text (JSON)' }).fill(text);
    await this.pasteDialog.getByRole('button', { name: 'Open', exact: true }).click();
  }

  /** Puts a text on the system clipboard and presses Ctrl+V over an empty spot of the canvas. */
  async pasteOnCanvas(text: string): Promise<void> {
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    const pane = this.page.getByTestId('canvas').locator('.react-flow__pane');
    const box = await pane.boundingBox();
    if (!box) throw new Error('The canvas pane is not on screen');
    // Bottom middle: clear of the toolbar (top left), controls (bottom left) and minimap (bottom right).
    await pane.click({ position: { x: box.width / 2, y: box.height - 40 } });
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  /** The share link the share dialog offers. */
  async shareLink(): Promise<string> {
    await this.menu('Share link…');
    const field = this.shareDialog.getByTestId('share-url');
    await expect(field).toBeVisible();
    return field.inputValue();
  }

  /** Zooms the canvas in with React Flow's own control. */
  async zoomIn(times: number): Promise<void> {
    const button = this.page.getByTestId('canvas').getByRole('button', { name: 'Zoom In' });
    for (let i = 0; i < times; i++) await button.click();
  }

  /** How many nodes the canvas has rendered (only those in view are). */
  async renderedNodeCount(): Promise<number> {
    return this.page.getByTestId('canvas').locator('.react-flow__node').count();
  }

  /** The canvas viewport's transform, to tell whether the view moved. */
  async viewportTransform(): Promise<string> {
    return this.page.getByTestId('canvas').locator('.react-flow__viewport').evaluate((v) => (v as HTMLElement).style.transform);
  }

  /** Bounds of the diagram's nodes on screen, as width / height (zoom does not change the ratio). */
  async nodesAspectRatio(): Promise<number> {
    return this.page.getByTestId('canvas').evaluate((canvas) => {
      const rects = [...canvas.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect());
      const left = Math.min(...rects.map((r) => r.left));
      const right = Math.max(...rects.map((r) => r.right));
      const top = Math.min(...rects.map((r) => r.top));
      const bottom = Math.max(...rects.map((r) => r.bottom));
      return (right - left) / (bottom - top);
    });
  }
}

/** Width and height of a PNG, read from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = png.subarray(0, 8).toString('hex');
  if (signature !== '89504e470d0a1a0a') throw new Error('Not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
