import type { Locator, Page } from '@playwright/test';

/** Page model of the resource palette (left column). */
export class PalettePage {
  /** The palette itself (ARIA `navigation` named "Resources"). */
  readonly root: Locator;
  /** The search box that filters the items. */
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('navigation', { name: 'Resources' });
    this.search = this.root.getByRole('searchbox', { name: 'Search resources' });
  }

  /** The palette button of a resource kind, by its visible name ("Instance", "Availability zone"). */
  item(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  /**
   * Drags a palette item onto `target` with real HTML5 drag and drop, dropping at `position`
   * (relative to the target's top-left corner; its centre when omitted).
   */
  async dragTo(name: string, target: Locator, position?: { x: number; y: number }): Promise<void> {
    await this.item(name).dragTo(target, position ? { targetPosition: position } : {});
  }
}
