import { expect, type Locator, type Page } from '@playwright/test';
import type { DesignFile, Resource } from '../../src/model/types';
import type { TestStateSnapshot } from '../../src/testHook';

interface Point {
  x: number;
  y: number;
}

/** Page model of the design canvas, with the test hook to read the document. */
export class CanvasPage {
  /** The canvas wrapper. */
  readonly root: Locator;
  /** React Flow's pane (the empty canvas behind the nodes). */
  readonly pane: Locator;
  /** The canvas status line (ARIA `status`). */
  readonly status: Locator;
  /** The hint next to the pointer while a connection is drawn. */
  readonly connectionHint: Locator;
  /** The canvas toolbar. */
  readonly toolbar: Locator;
  /** The connection kind chooser (a menu). */
  readonly chooser: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('canvas');
    this.pane = this.root.locator('.react-flow__pane');
    this.status = this.root.getByRole('status');
    this.connectionHint = this.root.getByTestId('connection-hint');
    this.toolbar = this.root.getByRole('toolbar', { name: 'Canvas tools' });
    this.chooser = this.root.getByRole('menu');
  }

  /** Fits the whole design into view (React Flow's own control). */
  async fitView(): Promise<void> {
    await this.root.getByRole('button', { name: 'Fit View' }).click();
  }

  /** A node by its accessible name: kind title and resource name ("Instance web-1"). */
  node(kindTitle: string, name: string): Locator {
    return this.root.getByRole('group', { name: `${kindTitle} ${name}`, exact: true });
  }

  region(name: string): Locator {
    return this.node('Region', name);
  }

  zone(name: string): Locator {
    return this.node('Availability zone', name);
  }

  /** The header band of a region or zone (where it is grabbed, and where its name is). */
  header(container: Locator): Locator {
    return container.locator('.fl-container-header');
  }

  /** An edge by its accessible name ("Port from web-1 to s1"). */
  edge(name: string): Locator {
    return this.root.getByRole('group', { name, exact: true });
  }

  /** Clicks an edge on its path (halfway along it), with modifier keys when given. */
  async clickEdge(edge: Locator, modifiers: ('Shift' | 'Control')[] = []): Promise<void> {
    const point = await edge.locator('path.react-flow__edge-path').evaluate((path) => {
      const p = path as SVGPathElement;
      const mid = p.getPointAtLength(p.getTotalLength() / 2);
      const matrix = p.getScreenCTM();
      if (!matrix) throw new Error('The edge is not rendered');
      return { x: mid.x * matrix.a + mid.y * matrix.c + matrix.e, y: mid.x * matrix.b + mid.y * matrix.d + matrix.f };
    });
    for (const key of modifiers) await this.page.keyboard.down(key);
    await this.page.mouse.click(point.x, point.y);
    for (const key of modifiers) await this.page.keyboard.up(key);
  }

  /** Draws a selection box with Shift held, from one page point to another. */
  async boxSelect(from: Point, to: Point): Promise<void> {
    await this.page.keyboard.down('Shift');
    await this.mouseDrag(from, to, 8);
    await this.page.keyboard.up('Shift');
  }

  /** The current document, read through the test hook. */
  async document(): Promise<DesignFile> {
    return this.page.evaluate(() => {
      const hook = window.__faultline;
      if (!hook) throw new Error('The test hook is missing: is this a --mode test build?');
      return hook.getDocument();
    });
  }

  /** The store's state snapshot, read through the test hook. */
  async state(): Promise<TestStateSnapshot> {
    return this.page.evaluate(() => {
      const hook = window.__faultline;
      if (!hook) throw new Error('The test hook is missing: is this a --mode test build?');
      return hook.getState();
    });
  }

  /** Replaces the document through the test hook (clears the undo history). */
  async load(file: DesignFile): Promise<void> {
    await this.page.evaluate((f) => window.__faultline?.loadDocument(f), file);
  }

  /** The resource of the document with this name (fails when there is none). */
  async resource(name: string): Promise<Resource> {
    const found = (await this.document()).design.resources.find((r) => r.name === name);
    if (!found) throw new Error(`No resource named ${name}`);
    return found;
  }

  /** Waits until the undo history holds `count` steps. */
  async expectUndoSteps(count: number): Promise<void> {
    await expect.poll(async () => (await this.state()).undoSteps).toBe(count);
  }

  private async centre(locator: Locator): Promise<Point> {
    const box = await locator.boundingBox();
    if (!box) throw new Error('The element is not on screen');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** Drags with the real mouse from `from` to `to` (page coordinates) in several steps. */
  async mouseDrag(from: Point, to: Point, steps = 12): Promise<void> {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + 4, from.y + 4, { steps: 2 });
    await this.page.mouse.move(to.x, to.y, { steps });
    await this.page.mouse.up();
  }

  /** Drags a node by its body so that its centre lands on `target`'s centre (plus `offset`). */
  async dragNode(node: Locator, target: Locator, offset: Point = { x: 0, y: 0 }): Promise<void> {
    const from = await this.centre(node);
    const to = await this.centre(target);
    await this.mouseDrag(from, { x: to.x + offset.x, y: to.y + offset.y });
  }

  /** Drags a node by its body by a distance in screen pixels. */
  async dragNodeBy(node: Locator, delta: Point): Promise<void> {
    const from = await this.centre(node);
    await this.mouseDrag(from, { x: from.x + delta.x, y: from.y + delta.y });
  }

  /**
   * Starts a connection at `from`'s right-hand handle and moves onto the centre of `to`, leaving
   * the mouse button down (so the hint can be checked); `release` finishes it.
   */
  async startConnection(from: Locator, to: Locator): Promise<void> {
    await from.hover();
    const handle = from.locator('.fl-handle[data-handleid="right"]');
    const start = await this.centre(handle);
    const end = await this.centre(to);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + 10, start.y + 10, { steps: 2 });
    await this.page.mouse.move(end.x, end.y, { steps: 10 });
  }

  async release(): Promise<void> {
    await this.page.mouse.up();
  }

  /** Draws a connection from one node to another. */
  async connect(from: Locator, to: Locator): Promise<void> {
    await this.startConnection(from, to);
    await this.release();
  }
}
