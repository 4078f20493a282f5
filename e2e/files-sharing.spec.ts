/**
 * Sharing in the browser: the template gallery, share links (a fresh browser context opens the
 * link) and image exports (PNG size read from its header, SVG text searched for resource names).
 */
import { comparableText } from '../src/files/roundTrip';
import { MAX_SHARE_FRAGMENT_LENGTH } from '../src/files/shareLink';
import { expect, test } from './fixtures';
import { FilesPage, pngSize } from './page-models/FilesPage';
import { templateFile, templates, withStarterOpen } from './page-models/templateFiles';

test.describe('template gallery', () => {
  test('shows every template with what it teaches and opens one as a new design', async ({ page }) => {
    const files = new FilesPage(page);
    await files.goto();
    await files.menu('Templates…');
    const cards = files.gallery.getByRole('list', { name: 'Templates' }).getByRole('listitem');
    await expect(cards).toHaveCount(templates.length);
    for (const entry of templates) {
      const card = cards.filter({ has: page.getByRole('heading', { name: entry.name, exact: true }) });
      await expect(card).toContainText(entry.teaches);
    }
    await files.gallery.getByRole('button', { name: 'Open template Two-zone web tier (recommended)' }).click();
    await expect(files.gallery).toBeHidden();
    await files.expectOpen('Two-zone web tier (recommended)');
    const opened = await files.document();
    expect(opened.design.id).toMatch(/^design-/);
    expect(comparableText(opened)).toBe(comparableText(templateFile('two-zone-web-tier.faultline.json')));
    await expect(page.getByTestId('canvas').getByRole('group', { name: 'Instance web-b2', exact: true })).toBeVisible();
  });
});

test.describe('share links', () => {
  test('a link opened in a fresh browser shows the same design, after asking', async ({ page, browser }) => {
    const files = new FilesPage(page);
    await files.goto();
    await files.openTemplate('Load balancer in one zone');
    const shared = await files.document();
    const link = await files.shareLink();
    expect(new URL(link).hash).toMatch(/^#share=[A-Za-z0-9_-]+$/);

    const other = await browser.newContext();
    try {
      const visitor = new FilesPage(await other.newPage());
      await visitor.goto(new URL(link).pathname + new URL(link).hash);
      await expect(visitor.review.getByRole('heading', { level: 2 })).toHaveText('Add the shared design “Load balancer in one zone” to your library?');
      await expect(visitor.review).toContainText('The link holds 15 resources and 4 connections.');
      expect(new URL(visitor.page.url()).hash).toBe('');
      await visitor.review.getByRole('button', { name: 'Add to library' }).click();
      await visitor.expectOpen('Load balancer in one zone');
      expect(comparableText(await visitor.document())).toBe(comparableText(shared));
    } finally {
      await other.close();
    }
  });

  test('a damaged link is explained and changes nothing', async ({ page }) => {
    const files = new FilesPage(page);
    await files.goto('/#share=not$base64');
    await expect(files.rejected.getByRole('heading')).toHaveText('This shared link cannot be opened');
    await expect(files.rejected.getByTestId('import-error')).toHaveText(
      'The link is damaged: the part after "#share=" contains characters a share link never has',
    );
    await files.rejected.getByRole('button', { name: 'Close' }).click();
    await files.expectOpen('Untitled design');
  });

  test('a design too large for a link is offered as a file instead', async ({ page }) => {
    const files = new FilesPage(page);
    const before = await withStarterOpen(files);
    // Random text does not compress: well over the link limit once packed.
    const noise = Array.from({ length: 60_000 }, (_, i) => ((i * 2654435761) >>> 0).toString(36)).join('');
    await files.load({ ...before, design: { ...before.design, description: noise } });
    await files.menu('Share link…');
    const alert = files.shareDialog.getByRole('alert');
    await expect(alert).toContainText('This design is too large for a link');
    await expect(alert).toContainText(`links longer than ${MAX_SHARE_FRAGMENT_LENGTH.toLocaleString('en')} characters`);
    const download = page.waitForEvent('download');
    await files.shareDialog.getByRole('button', { name: 'Export JSON file' }).click();
    expect((await download).suggestedFilename()).toBe('Single-zone-starter.faultline.json');
  });
});

test.describe('image export', () => {
  test('PNG: the whole diagram at its aspect ratio', async ({ page }, testInfo) => {
    const files = new FilesPage(page);
    await files.goto();
    await files.openTemplate('Two-zone web tier (recommended)');
    const ratio = await files.nodesAspectRatio();
    const download = await files.download('Export PNG');
    expect(download.suggestedFilename()).toBe('Two-zone-web-tier-(recommended).png');
    const png = await files.bytes(download);
    expect(png.length).toBeGreaterThan(20_000);
    const { width, height } = pngSize(png);
    expect(Math.abs(width / height - ratio) / ratio).toBeLessThan(0.02);
    await testInfo.attach('two-zone-web-tier.png', { body: png, contentType: 'image/png' });
  });

  test('SVG: resource names as text, the outage of an active scenario in the legend', async ({ page }, testInfo) => {
    const files = new FilesPage(page);
    await files.goto();
    await files.openTemplate("Web server using the other zone's database");
    await page.getByTestId('zone-bar').getByRole('button', { name: 'europe-se-1a', exact: true }).click();
    await expect(page.getByTestId('scenario-words')).toHaveText('Simulating: europe-se-1a down');
    const ratio = await files.nodesAspectRatio();
    // Zoomed in, the canvas renders only the nodes in view; the image must still hold them all.
    const drawn = (await files.document()).design.resources.filter((r) => r.kind !== 'poolMember');
    await files.zoomIn(4);
    await expect.poll(() => files.renderedNodeCount()).toBeLessThan(drawn.length);
    const view = await files.viewportTransform();
    const download = await files.download('Export SVG');
    expect(download.suggestedFilename()).toBe("Web-server-using-the-other-zone's-database.svg");
    const svg = await files.text(download);
    const size = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
    expect(size).not.toBeNull();
    expect(Math.abs(Number(size![1]) / Number(size![2]) - ratio) / ratio).toBeLessThan(0.02);
    for (const r of drawn) expect(svg, r.name).toContain(`>${r.name}<`);
    await expect.poll(() => files.viewportTransform()).toBe(view);
    expect(svg).toContain('Simulated outage: europe-se-1a down');
    await testInfo.attach('other-zone-database.svg', { body: svg, contentType: 'image/svg+xml' });
  });
});
