import { expect, type Locator, type Page } from '@playwright/test';

/** Page model of the inspector: the Inspect tab of the side panel. */
export class InspectorPage {
  /** The side panel. */
  readonly panel: Locator;
  /** The Inspect tab. */
  readonly tab: Locator;
  /** The Inspect tab's panel. */
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('side-panel');
    this.tab = this.panel.getByRole('tab', { name: 'Inspect' });
    this.root = this.panel.getByRole('tabpanel', { name: 'Inspect' });
  }

  /** Brings the Inspect tab forward. */
  async show(): Promise<void> {
    await this.tab.click();
    await expect(this.root).toBeVisible();
  }

  /** The kind shown at the top ("Subnet", "Router", "Depends on"). */
  get kind(): Locator {
    return this.root.locator('.insp-kind');
  }

  /** A field by its exact label. */
  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  /** The problem message shown under a field (ARIA `alert`). */
  problem(label: string): Locator {
    // The inner locator of `has` is matched inside each field, so it starts from the page.
    return this.root.locator('.insp-field', { has: this.page.getByLabel(label, { exact: true }) }).getByRole('alert');
  }

  /** Types into a text field and commits with Enter. */
  async fill(label: string, value: string): Promise<void> {
    const field = this.field(label);
    await field.fill(value);
    await field.press('Enter');
  }

  /** Chooses an option of a select by its visible text (commits at once). */
  async choose(label: string, option: string): Promise<void> {
    await this.field(label).selectOption({ label: option });
  }

  /** Sets a checkbox (commits at once). */
  async setChecked(label: string, checked: boolean): Promise<void> {
    await this.field(label).setChecked(checked);
  }

  /** Adds a row to a two-field list editor (static routes, host routes, allocation pools). */
  async addRow(noun: string, first: { label: string; value: string }, second: { label: string; value: string }): Promise<void> {
    await this.field(`New ${noun}: ${first.label}`).fill(first.value);
    await this.field(`New ${noun}: ${second.label}`).fill(second.value);
    await this.root.getByRole('button', { name: `Add ${noun}`, exact: true }).click();
  }
}
