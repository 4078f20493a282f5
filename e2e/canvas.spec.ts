import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './page-models/AppPage';
import { CanvasPage } from './page-models/CanvasPage';
import { PalettePage } from './page-models/PalettePage';
import type { AvailabilityZone } from '../src/model/types';
import { loadBalancedDesign, networkedDesign } from './canvasFixtures';

interface Pages {
  canvas: CanvasPage;
  palette: PalettePage;
}

async function open(page: import('@playwright/test').Page): Promise<Pages> {
  const app = new AppPage(page);
  await app.goto();
  return { canvas: new CanvasPage(page), palette: new PalettePage(page) };
}

/** Builds region europe-se-1 with zones 1a and 1b by drag and drop, and an instance in 1a. */
async function buildTwoZones({ canvas, palette }: Pages): Promise<{ zoneA: Locator; zoneB: Locator; instance: Locator }> {
  await palette.dragTo('Region', canvas.pane, { x: 60, y: 160 });
  const region = canvas.region('europe-se-1');
  await expect(region).toBeVisible();

  await palette.dragTo('Availability zone', canvas.header(region), { x: 40, y: 20 });
  const zoneA = canvas.zone('europe-se-1a');
  await expect(zoneA).toBeVisible();
  // Dropped on zone 1a, the second zone goes into the same region, next to it.
  await palette.dragTo('Availability zone', zoneA);
  const zoneB = canvas.zone('europe-se-1b');
  await expect(zoneB).toBeVisible();

  await palette.dragTo('Instance', zoneA);
  const instance = canvas.node('Instance', 'instance-1');
  await expect(instance).toBeVisible();
  await canvas.fitView();
  return { zoneA, zoneB, instance };
}

test.describe('canvas designer', () => {
  test('builds two zones by drag and drop, with Binero names and external networks', async ({ page }) => {
    const pages = await open(page);
    await buildTwoZones(pages);

    const doc = await pages.canvas.document();
    const zones = doc.design.resources.filter((r): r is AvailabilityZone => r.kind === 'availabilityZone');
    expect(zones.map((z) => [z.name, z.externalNetworks])).toEqual([
      ['europe-se-1a', ['europe-se-1-1a-net0']],
      ['europe-se-1b', ['europe-se-1-1b-net0']],
    ]);
    const instance = await pages.canvas.resource('instance-1');
    expect(instance.kind === 'instance' && instance.availabilityZone).toBe(zones[0]?.id);
    await expect(pages.canvas.status).toHaveText(/Added instance instance-1 to europe-se-1a\./);
    await expect(pages.canvas.zone('europe-se-1b')).toContainText('europe-se-1-1b-net0');
  });

  test('dragging an instance into another zone changes its zone, and one undo restores it', async ({ page }) => {
    const pages = await open(page);
    const { zoneB, instance } = await buildTwoZones(pages);
    const { canvas } = pages;
    const before = await canvas.document();
    const steps = (await canvas.state()).undoSteps;
    const zoneBId = (await canvas.resource('europe-se-1b')).id;

    await canvas.dragNode(instance, zoneB);

    await expect.poll(async () => {
      const r = await canvas.resource('instance-1');
      return r.kind === 'instance' ? r.availabilityZone : null;
    }).toBe(zoneBId);
    await canvas.expectUndoSteps(steps + 1);
    const moved = await canvas.document();
    expect(moved.layout.nodes[(await canvas.resource('instance-1')).id]?.parent).toBe(zoneBId);
    await expect(instance.locator('.fl-node-badge')).toHaveText('1b');

    await page.keyboard.press('Control+z');
    await canvas.expectUndoSteps(steps);
    expect(await canvas.document()).toEqual(before);
    await expect(instance.locator('.fl-node-badge')).toHaveText('1a');
  });

  test('a drag is one undo step, whatever the number of mouse moves', async ({ page }) => {
    const pages = await open(page);
    const { instance } = await buildTwoZones(pages);
    const { canvas } = pages;
    const steps = (await canvas.state()).undoSteps;
    const id = (await canvas.resource('instance-1')).id;
    const before = (await canvas.document()).layout.nodes[id];

    // Many small mouse moves within the zone (each one a position change in the store).
    await canvas.dragNodeBy(instance, { x: 60, y: 30 });

    await canvas.expectUndoSteps(steps + 1);
    const after = (await canvas.document()).layout.nodes[id];
    expect([after?.x, after?.y]).not.toEqual([before?.x, before?.y]);
    expect(after?.parent).toBe(before?.parent);
    expect((await canvas.state()).undoLabels.at(-1)).toBe('Move instance-1');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await canvas.document()).layout.nodes[id]).toEqual(before);
  });

  test('refuses an instance dropped outside every zone, and a move out of its zone, with the reason', async ({ page }) => {
    const pages = await open(page);
    const { instance } = await buildTwoZones(pages);
    const { canvas, palette } = pages;
    const before = await canvas.document();

    await palette.dragTo('Instance', canvas.pane, { x: 600, y: 30 });
    await expect(canvas.status).toHaveText(/An instance must be placed in an availability zone\./);
    expect(await canvas.document()).toEqual(before);

    await canvas.dragNodeBy(instance, { x: 0, y: -300 });
    await expect(canvas.status).toHaveText(/An instance must be placed in an availability zone\./);
    await expect.poll(() => canvas.document()).toEqual(before);
    expect((await canvas.state()).gestureInProgress).toBe(false);
  });

  test('refuses a floating IP to subnet connection while dragging and on drop, changing nothing', async ({ page }) => {
    const { canvas } = await open(page);
    await canvas.load(networkedDesign());
    const fip = canvas.node('Floating IP', 'fip-a');
    const subnet = canvas.node('Subnet', 'web-subnet');
    await expect(fip).toBeVisible();
    const before = await canvas.document();

    await canvas.startConnection(fip, subnet);
    const reason = 'A floating IP can be associated with an instance or a load balancer, not with a subnet.';
    await expect(canvas.connectionHint).toHaveText(reason);
    await canvas.release();
    await expect(canvas.status).toHaveText(new RegExp(reason.replace(/\./g, '\\.')));
    expect(await canvas.document()).toEqual(before);
    expect((await canvas.state()).undoSteps).toBe(0);
  });

  test('draws a port, and asks which connection an instance-to-instance edge means', async ({ page }) => {
    const { canvas } = await open(page);
    await canvas.load(networkedDesign());
    const web = canvas.node('Instance', 'web-1');
    const db = canvas.node('Instance', 'db-1');

    await canvas.connect(web, canvas.node('Subnet', 'web-subnet'));
    await expect(canvas.edge('Port from web-1 to web-subnet')).toHaveCount(1);

    await canvas.connect(web, db);
    await expect(canvas.chooser).toBeVisible();
    await expect(canvas.chooser.getByRole('menuitem')).toHaveText(['Depends on', 'Replicates with']);
    await expect(canvas.chooser.getByRole('menuitem', { name: 'Depends on' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(canvas.chooser).toBeHidden();
    await expect(canvas.edge('Replicates with from web-1 to db-1')).toHaveCount(1);
    const doc = await canvas.document();
    expect(doc.design.relations.map((r) => r.kind)).toEqual(['port', 'replicatesWith']);
    expect((await canvas.state()).undoSteps).toBe(2);
  });

  test('undo back to empty and redo to the full design give identical documents', async ({ page }) => {
    const pages = await open(page);
    const { canvas } = pages;
    const empty = await canvas.document();
    const { zoneB, instance } = await buildTwoZones(pages);
    await canvas.dragNode(instance, zoneB);
    await expect.poll(async () => (await canvas.state()).undoSteps).toBe(5);
    const full = await canvas.document();

    for (let i = 0; i < 5; i++) await page.keyboard.press('Control+z');
    await canvas.expectUndoSteps(0);
    expect(await canvas.document()).toEqual(empty);
    await expect(canvas.region('europe-se-1')).toHaveCount(0);

    for (let i = 0; i < 5; i++) await page.keyboard.press(i % 2 === 0 ? 'Control+Shift+z' : 'Control+y');
    await expect.poll(async () => (await canvas.state()).redoSteps).toBe(0);
    expect(await canvas.document()).toEqual(full);
    await expect(canvas.node('Instance', 'instance-1')).toBeVisible();
  });

  test('deletes the selection with its relations as one undo step', async ({ page }) => {
    const { canvas } = await open(page);
    await canvas.load(networkedDesign({ port: true }));
    const web = canvas.node('Instance', 'web-1');
    await web.click();
    await expect.poll(async () => (await canvas.state()).selection.resources).toEqual(['web-1']);
    await page.keyboard.press('Delete');
    await expect(web).toHaveCount(0);
    const doc = await canvas.document();
    expect(doc.design.resources.some((r) => r.id === 'web-1')).toBe(false);
    expect(doc.design.relations).toEqual([]);
    await page.keyboard.press('Control+z');
    await expect(web).toBeVisible();
    expect((await canvas.document()).design.relations.map((r) => r.id)).toEqual(['port-1']);
  });

  test('selects with Shift-click and with a Shift-drag box, and deletes the selection as one undo step', async ({ page }) => {
    const { canvas } = await open(page);
    await canvas.load(networkedDesign({ port: true }));
    const web = canvas.node('Instance', 'web-1');
    const db = canvas.node('Instance', 'db-1');
    const fip = canvas.node('Floating IP', 'fip-a');
    await expect(db).toBeVisible();

    await web.click();
    await db.click({ modifiers: ['Shift'] });
    await expect.poll(async () => [...(await canvas.state()).selection.resources].sort()).toEqual(['db-1', 'web-1']);

    await canvas.pane.click({ position: { x: 5, y: 300 } });
    await expect.poll(async () => (await canvas.state()).selection.resources).toEqual([]);

    const a = (await web.boundingBox())!;
    const b = (await db.boundingBox())!;
    await canvas.boxSelect({ x: a.x - 10, y: a.y - 10 }, { x: b.x + b.width + 10, y: b.y + b.height + 10 });
    await expect.poll(async () => [...(await canvas.state()).selection.resources].sort()).toEqual(['db-1', 'web-1']);
    await expect(fip).not.toHaveClass(/selected/);

    const before = await canvas.document();
    await page.keyboard.press('Delete');
    await expect(web).toHaveCount(0);
    await expect(db).toHaveCount(0);
    expect((await canvas.document()).design.relations).toEqual([]);
    expect((await canvas.state()).undoSteps).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => canvas.document()).toEqual(before);
  });

  test('a pool connected to an instance makes a pool member, drawn and selected as an edge', async ({ page }) => {
    const { canvas } = await open(page);
    await canvas.load(loadBalancedDesign());
    const pool = canvas.node('Pool', 'pool-1');
    const web = canvas.node('Instance', 'web-1');
    await expect(pool).toBeVisible();

    await canvas.connect(pool, web);
    const edge = canvas.edge('Pool member from pool-1 to web-1');
    await expect(edge).toHaveCount(1);
    const member = (await canvas.document()).design.resources.find((r) => r.kind === 'poolMember');
    expect(member).toMatchObject({ kind: 'poolMember', pool: 'pool-1', instance: 'web-1', name: 'pool-1/web-1' });

    await canvas.pane.click({ position: { x: 5, y: 300 } });
    await canvas.clickEdge(edge);
    await expect.poll(async () => (await canvas.state()).selection).toEqual({ resources: [member!.id], connections: [] });
    await page.keyboard.press('Delete');
    await expect(edge).toHaveCount(0);
    expect((await canvas.document()).design.resources.some((r) => r.kind === 'poolMember')).toBe(false);
  });

  test('Escape closes the connection chooser without connecting', async ({ page }) => {
    const { canvas } = await open(page);
    await canvas.load(networkedDesign());
    await canvas.connect(canvas.node('Instance', 'web-1'), canvas.node('Instance', 'db-1'));
    await expect(canvas.chooser).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(canvas.chooser).toBeHidden();
    expect((await canvas.document()).design.relations).toEqual([]);
  });

  test('adds from the palette with the keyboard and filters it with the search box', async ({ page }) => {
    const { canvas, palette } = await open(page);
    await palette.item('Region').focus();
    await page.keyboard.press('Enter');
    await expect(canvas.region('europe-se-1')).toBeVisible();
    await palette.item('Availability zone').focus();
    await page.keyboard.press('Space');
    await expect(canvas.zone('europe-se-1a')).toBeVisible();

    await palette.search.fill('dns');
    await expect(palette.root.getByRole('button')).toHaveText(['DNS zone', 'DNS record']);

    await palette.search.fill('member');
    await palette.item('Pool member').click();
    await expect(canvas.status).toHaveText(/To add a pool member, select a pool and an instance/);
  });
});
