import { expect, type Locator, type Page } from '@playwright/test';
import type { DesignFile } from '../../src/model/types';

/** Page model of the outage simulation: the zone bar, the analysis panels and the canvas overlay. */
export class AnalysisPage {
  /** The outage controls above the canvas. */
  readonly zoneBar: Locator;
  /** "Simulating: … down" / "No outage simulated — …". */
  readonly scenarioWords: Locator;
  /** "Analysing…" / "Up to date" / the failure (ARIA `status`). */
  readonly indicator: Locator;
  /** The Analysis panel (inside the side panel). */
  readonly panel: Locator;
  readonly explanation: Locator;
  readonly matrix: Locator;
  readonly findings: Locator;
  readonly reportTable: Locator;
  /** The design canvas. */
  readonly canvas: Locator;

  constructor(readonly page: Page) {
    this.zoneBar = page.getByRole('region', { name: 'Outage simulation' });
    this.scenarioWords = this.zoneBar.getByTestId('scenario-words');
    this.indicator = this.zoneBar.getByRole('status');
    this.panel = page.getByTestId('analysis-panel');
    this.explanation = this.panel.getByTestId('explanation');
    this.matrix = this.panel.getByTestId('matrix');
    this.findings = this.panel.getByTestId('findings');
    this.reportTable = this.panel.getByTestId('report-table');
    this.canvas = page.getByTestId('canvas');
  }

  /** Opens the app. */
  async goto(): Promise<void> {
    await this.page.goto('/');
    await this.canvas.locator('.react-flow').waitFor({ state: 'visible' });
  }

  /** Opens a public example (`/examples/<name>.faultline.json`) through the test hook. */
  async openExample(name: string): Promise<void> {
    await this.page.evaluate(async (file) => {
      const response = await fetch(`/examples/${file}.faultline.json`);
      if (!response.ok) throw new Error(`Example ${file} could not be fetched: ${String(response.status)}`);
      const hook = window.__faultline;
      if (!hook) throw new Error('The test hook is missing: is this a --mode test build?');
      hook.loadDocument((await response.json()) as DesignFile);
    }, name);
    await this.waitUpToDate();
  }

  /** Replaces the document through the test hook, keeping the simulated scenario. */
  async edit(change: (file: DesignFile) => DesignFile): Promise<void> {
    const file = await this.page.evaluate(() => window.__faultline?.getDocument());
    if (!file) throw new Error('The test hook is missing.');
    await this.page.evaluate((f) => window.__faultline?.loadDocument(f), change(file));
  }

  /** Shows the Analysis tab, when the side panel has tabs. */
  async showPanel(): Promise<void> {
    const tab = this.page.getByRole('tab', { name: 'Analysis' });
    if ((await tab.count()) > 0) await tab.click();
    await expect(this.panel).toBeVisible();
  }

  /** A zone's (or, with `(whole region)`, a region's) toggle in the zone bar. */
  zone(name: string): Locator {
    return this.zoneBar.getByRole('button', { name, exact: true });
  }

  /** Fails only this zone (a click), or adds it to the outage (Shift-click). */
  async failZone(name: string, options: { add?: boolean } = {}): Promise<void> {
    await this.zone(name).click({ modifiers: options.add ? ['Shift'] : [] });
    await this.waitUpToDate();
  }

  /** Waits until the analysis on screen is current. */
  async waitUpToDate(): Promise<void> {
    await expect(this.indicator).toHaveText('Up to date');
  }

  /** A service of the services list, by its entry point's id. */
  service(id: string): Locator {
    return this.panel.getByTestId(`service-${id}`);
  }

  /** The status label of a service ("Down", "Degraded", …). */
  serviceStatus(id: string): Locator {
    return this.service(id).locator('.fla-service-head .fla-status-label');
  }

  /** The steps of the explanation of the selected resource. */
  explanationSteps(): Locator {
    return this.explanation.getByRole('listitem');
  }

  /** Selects a resource through its row in the report table (the table lists affected ones). */
  async explain(name: string): Promise<void> {
    // The table is made when its section is first opened: find the section by its title.
    const details = this.panel.locator('details', { has: this.page.locator('summary', { hasText: 'Report as a table' }) });
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    await this.reportRow(name).getByRole('button', { name, exact: true }).click();
    await expect(this.explanation).toBeVisible();
  }

  /** The report table row of a resource, by its name. */
  reportRow(name: string): Locator {
    return this.reportTable.getByRole('row').filter({ has: this.page.getByRole('rowheader').getByRole('button', { name, exact: true }) });
  }

  /** The status text of a resource in the report table. */
  reportStatus(name: string): Locator {
    return this.reportRow(name).locator('td').first();
  }

  /** A resource node on the canvas by its accessible name ("Instance iB"). */
  node(kindTitle: string, name: string): Locator {
    return this.canvas.getByRole('group', { name: `${kindTitle} ${name}`, exact: true });
  }

  /** The status word on a resource node ("Failed", …; absent while the node is OK). */
  nodeStatus(kindTitle: string, name: string): Locator {
    return this.node(kindTitle, name).locator('.fla-node-marks .fla-status-label');
  }

  /** The striped veil over a failed zone on the canvas. */
  zoneVeil(name: string): Locator {
    return this.canvas.getByTestId(`zone-down-${name}`);
  }

  /** The outage switch in a zone's header on the canvas. */
  zoneSwitch(name: string): Locator {
    return this.canvas.getByRole('button', { name: `Simulate the loss of ${name}`, exact: true });
  }

  /** The ✕ mark of a broken connection on the canvas, by connection id. */
  brokenEdge(connectionId: string): Locator {
    return this.canvas.locator(`[data-broken="${connectionId}"]`);
  }
}
