import { expect, test } from './fixtures';
import { AppPage } from './page-models/AppPage';

test.describe('app shell', () => {
  test('shows the header with the design name, the canvas and the analysis panel', async ({ page, consoleLog }) => {
    const app = new AppPage(page);
    await app.goto();

    await expect(page).toHaveTitle('Faultline');
    await expect(app.header).toContainText('Faultline');
    await expect(app.designName).toHaveText('Untitled design');

    await expect(app.flow).toBeVisible();
    await expect(app.canvas.locator('.react-flow__background')).toBeVisible();
    // The dotted grid covers the canvas with lengths in pixels (a 100% rect is laid out and
    // repainted again whenever the page is), and follows the canvas when it is resized.
    const grid = app.canvas.locator('.react-flow__background rect');
    const gridSize = async () => ({ width: Number(await grid.getAttribute('width')), height: Number(await grid.getAttribute('height')) });
    const flowSize = async () => ({ width: Math.round((await app.flow.boundingBox())?.width ?? 0), height: Math.round((await app.flow.boundingBox())?.height ?? 0) });
    await expect.poll(gridSize).toEqual(await flowSize());
    await page.setViewportSize({ width: 1100, height: 700 });
    const smaller = await flowSize();
    expect(smaller.width).toBeGreaterThan(0);
    await expect.poll(gridSize).toEqual(smaller);
    await expect(app.canvas.locator('.react-flow__controls')).toBeVisible();
    await expect(app.canvas.locator('.react-flow__minimap')).toBeVisible();

    await expect(app.sidePanel).toBeVisible();
    await expect(app.sidePanel.getByRole('heading', { level: 2 })).toHaveText('Analysis');
    await expect(app.sidePanel).toContainText('Nothing to analyse yet.');

    expect(consoleLog.warnings).toEqual([]);
  });

  test('gives the canvas the space between the header and the panel', async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();

    const header = await app.header.boundingBox();
    const zoneBar = await page.getByRole('region', { name: 'Outage simulation' }).boundingBox();
    const flow = await app.flow.boundingBox();
    const panel = await app.sidePanel.boundingBox();
    expect(header).not.toBeNull();
    expect(zoneBar).not.toBeNull();
    expect(flow).not.toBeNull();
    expect(panel).not.toBeNull();
    // The outage bar sits right under the header, above the canvas.
    expect(zoneBar!.y).toBe(header!.y + header!.height);
    // React Flow renders nothing useful in a parent without a size; the canvas fills the rest.
    expect(flow!.y).toBe(zoneBar!.y + zoneBar!.height);
    expect(flow!.height).toBe(800 - flow!.y);
    expect(flow!.x + flow!.width).toBe(panel!.x);
    expect(panel!.x + panel!.width).toBe(1280);
  });
});
