import type { Locator, Page } from '@playwright/test';

/** Page model of the application shell: header, design canvas and analysis panel. */
export class AppPage {
  /** The top bar (ARIA `banner`). */
  readonly header: Locator;
  /** The design's name, shown in the header. */
  readonly designName: Locator;
  /** The wrapper around the React Flow canvas. */
  readonly canvas: Locator;
  /** The React Flow root element inside the canvas. */
  readonly flow: Locator;
  /** The analysis side panel (ARIA `complementary`). */
  readonly sidePanel: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.designName = this.header.getByRole('heading', { level: 1 });
    this.canvas = page.getByTestId('canvas');
    this.flow = this.canvas.locator('.react-flow');
    this.sidePanel = page.getByRole('complementary', { name: 'Analysis' });
  }

  /** Opens the app and waits until the canvas is on screen. */
  async goto(): Promise<void> {
    await this.page.goto('/');
    await this.flow.waitFor({ state: 'visible' });
  }
}
