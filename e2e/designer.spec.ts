import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { AppPage } from './page-models/AppPage';
import { CanvasPage } from './page-models/CanvasPage';
import { InspectorPage } from './page-models/InspectorPage';
import { PalettePage } from './page-models/PalettePage';
import type { DesignFile, Resource } from '../src/model/types';

const S3: DesignFile = JSON.parse(readFileSync(join(process.cwd(), 'public/examples/s03-recommended-two-zone.faultline.json'), 'utf8')) as DesignFile;

async function openWithS3(page: import('@playwright/test').Page) {
  const app = new AppPage(page);
  await app.goto();
  const canvas = new CanvasPage(page);
  await canvas.load(S3);
  await expect(canvas.node('Instance', 'iA')).toBeVisible();
  return { app, canvas, inspector: new InspectorPage(page) };
}

const byId = (doc: DesignFile, id: string): Resource | undefined => doc.design.resources.find((r) => r.id === id);

test.describe('inspector, clipboard and shortcuts', () => {
  test('renames an instance in the inspector as one undo step', async ({ page }) => {
    const { app, canvas, inspector } = await openWithS3(page);
    await canvas.node('Instance', 'iA').click();
    await expect(inspector.root).toBeVisible();
    await expect(inspector.kind).toHaveText('Instance');
    await expect(inspector.field('Name')).toHaveValue('iA');

    await inspector.fill('Name', 'web-a');
    await expect(canvas.node('Instance', 'web-a')).toBeVisible();
    expect(byId(await canvas.document(), 'iA')?.name).toBe('web-a');
    await canvas.expectUndoSteps(1);

    const undo = app.header.getByRole('button', { name: 'Undo Rename iA to web-a' });
    await expect(undo).toBeEnabled();
    await undo.click();
    await canvas.expectUndoSteps(0);
    expect(byId(await canvas.document(), 'iA')?.name).toBe('iA');
    await expect(inspector.field('Name')).toHaveValue('iA');
  });

  test('refuses an invalid subnet CIDR with a message and commits a valid one', async ({ page }) => {
    const { canvas, inspector } = await openWithS3(page);
    await canvas.node('Subnet', 'sA').click();
    await expect(inspector.field('CIDR')).toHaveValue('172.29.45.0/24');
    const before = await canvas.document();

    await inspector.fill('CIDR', '172.29.45.7/24');
    await expect(inspector.problem('CIDR')).toHaveText('Host bits are set; the network address is 172.29.45.0/24.');
    await expect(inspector.field('CIDR')).toHaveAttribute('aria-invalid', 'true');
    expect(await canvas.document()).toEqual(before);
    expect((await canvas.state()).undoSteps).toBe(0);

    await inspector.fill('CIDR', '172.29.50.0/24');
    await expect(inspector.problem('CIDR')).toHaveCount(0);
    await canvas.expectUndoSteps(1);
    const after = await canvas.document();
    // The gateway was the block's first host; it moves with the block, and so does rA's interface.
    expect(byId(after, 'sA')).toMatchObject({ cidr: '172.29.50.0/24', gatewayIp: '172.29.50.1' });
    expect(after.design.relations.find((r) => r.id === 'routerInterface:rA->sA')).toMatchObject({ ip: '172.29.50.1' });
    expect((await canvas.state()).undoLabels).toEqual(['Change CIDR of sA']);
  });

  test('copy and paste give new ids and keep the connections inside the copy', async ({ page }) => {
    const { canvas } = await openWithS3(page);
    await canvas.node('Router', 'rA').click();
    await canvas.node('Subnet', 'sL').click({ modifiers: ['Shift'] });
    await expect.poll(async () => [...(await canvas.state()).selection.resources].sort()).toEqual(['rA', 'sL']);

    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await canvas.expectUndoSteps(1);
    const doc = await canvas.document();
    const pasted = doc.design.resources.slice(S3.design.resources.length);
    expect(pasted.map((r) => r.name).sort()).toEqual(['rA', 'sL']);
    expect(pasted.some((r) => S3.design.resources.some((o) => o.id === r.id))).toBe(false);
    const router = pasted.find((r) => r.kind === 'router');
    const subnet = pasted.find((r) => r.kind === 'subnet');
    expect(router).toMatchObject({ availabilityZoneHints: ['europe-se-1a'], externalNetwork: 'europe-se-1-1a-net0' });
    // The link subnet stays in its network, which was not copied.
    expect(subnet).toMatchObject({ network: 'nL', cidr: '172.29.254.0/27' });
    const relations = doc.design.relations.slice(S3.design.relations.length);
    expect(relations).toHaveLength(1);
    expect(relations[0]).toMatchObject({ kind: 'routerInterface', from: router?.id, to: subnet?.id, ip: '172.29.254.1' });
    expect(relations[0]?.id).not.toBe('routerInterface:rA->sL');
    expect([...(await canvas.state()).selection.resources].sort()).toEqual([router?.id, subnet?.id].sort());
    await expect(canvas.node('Router', 'rA')).toHaveCount(2);
  });

  test('the ? key opens the shortcut sheet, listing the shortcuts from the registry', async ({ page }) => {
    await new AppPage(page).goto();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    const row = (action: string) => sheet.locator(`[data-action="${action}"]`);
    await expect(row('undo')).toHaveText('UndoCtrl+Z');
    await expect(row('redo')).toHaveText('RedoCtrl+Shift+Z or Ctrl+Y');
    await expect(row('delete')).toHaveText('DeleteDel or Backspace');
    await expect(row('copy')).toHaveText('CopyCtrl+C');
    await expect(row('paste')).toHaveText('PasteCtrl+V');
    await expect(row('duplicate')).toHaveText('DuplicateCtrl+D');
    await expect(row('fitView')).toHaveText('Fit the design in viewShift+1');
    await expect(row('autoLayout')).toHaveText('Tidy the layoutShift+L');
    await expect(row('shortcutSheet')).toHaveText('Keyboard shortcuts?');
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
  });
});

/** A design's semantics without ids or layout: references become the names of what they point to. */
function semantics(file: DesignFile): { resources: string[]; relations: string[] } {
  const names = new Map(file.design.resources.map((r) => [r.id as string, r.name]));
  // Ids become "@name"; object keys are sorted so that field order does not matter.
  const named = (value: unknown): unknown => {
    if (typeof value === 'string') return names.has(value) ? `@${names.get(value) ?? ''}` : value;
    if (Array.isArray(value)) return value.map(named);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, named(v)]));
    }
    return value;
  };
  const resources = file.design.resources.map(({ id: _id, description: _d, name, ...rest }) => JSON.stringify({ name, ...(named(rest) as object) }));
  const relations = file.design.relations.map(({ id: _id, ...rest }) => JSON.stringify(named(rest)));
  return { resources: resources.sort(), relations: relations.sort() };
}

test.describe('building a design by hand', () => {
  test('builds scenario S3 with palette drags, connections and the inspector only', async ({ page }) => {
    test.setTimeout(120_000);
    const app = new AppPage(page);
    await app.goto();
    const canvas = new CanvasPage(page);
    const palette = new PalettePage(page);
    const inspector = new InspectorPage(page);
    const rename = async (name: string) => {
      await inspector.fill('Name', name);
      await expect(inspector.field('Name')).toHaveValue(name);
    };

    await palette.dragTo('Region', canvas.pane, { x: 60, y: 160 });
    const region = canvas.region('europe-se-1');
    await palette.dragTo('Availability zone', canvas.header(region), { x: 40, y: 20 });
    const zoneA = canvas.zone('europe-se-1a');
    await palette.dragTo('Availability zone', zoneA);
    const zoneB = canvas.zone('europe-se-1b');
    await expect(zoneB).toBeVisible();

    for (const name of ['nA', 'nB', 'nL']) {
      await palette.dragTo('Network', zoneA);
      await rename(name);
    }
    const subnets = [
      { name: 'sA', network: 'nA', cidr: '172.29.45.0/24' },
      { name: 'sB', network: 'nB', cidr: '172.29.46.0/24' },
      { name: 'sL', network: 'nL', cidr: '172.29.254.0/27' },
    ];
    for (const s of subnets) {
      await palette.dragTo('Subnet', zoneA);
      await rename(s.name);
      await inspector.choose('Network', s.network);
      await inspector.fill('CIDR', s.cidr);
      await inspector.fill('DNS nameservers', '83.168.225.225, 83.168.226.226');
    }
    await inspector.fill('Gateway IP', '');
    await inspector.choose('Role', 'Link network (routers only)');

    /** Drops a palette item at a fraction of a container's width and height (clear of earlier drops). */
    const dropAt = async (kind: string, container: typeof zoneA, fx: number, fy: number) => {
      const where = await container.boundingBox();
      if (!where) throw new Error('The container is not on screen');
      await palette.dragTo(kind, container, { x: where.width * fx, y: where.height * fy });
    };
    for (const [zone, suffix] of [
      [zoneA, 'A'],
      [zoneB, 'B'],
    ] as const) {
      await canvas.fitView();
      await dropAt('Router', zone, 0.3, 0.35);
      await rename(`r${suffix}`);
      await dropAt('Instance', zone, 0.3, 0.75);
      await rename(`i${suffix}`);
      await inspector.choose('Role', 'Web');
      await dropAt('Floating IP', zone, 0.75, 0.55);
      await rename(`f${suffix}`);
    }
    await canvas.fitView();
    const box = await canvas.root.boundingBox();
    const regionBox = await region.boundingBox();
    // The global load balancer goes on the open canvas, above the region.
    await palette.dragTo('Global load balancer', canvas.pane, { x: (box?.width ?? 600) / 2, y: Math.max(20, (regionBox?.y ?? 100) - (box?.y ?? 0) - 40) });
    await rename('g1');

    await canvas.fitView();
    const node = (kind: string, name: string) => canvas.node(kind, name);
    const links: [string, string, string, string][] = [
      ['Router', 'rA', 'Subnet', 'sA'],
      ['Router', 'rB', 'Subnet', 'sB'],
      ['Router', 'rA', 'Subnet', 'sL'],
      ['Router', 'rB', 'Subnet', 'sL'],
      ['Instance', 'iA', 'Subnet', 'sA'],
      ['Instance', 'iB', 'Subnet', 'sB'],
      ['Floating IP', 'fA', 'Instance', 'iA'],
      ['Floating IP', 'fB', 'Instance', 'iB'],
      ['Global load balancer', 'g1', 'Floating IP', 'fA'],
      ['Global load balancer', 'g1', 'Floating IP', 'fB'],
      ['Router', 'rA', 'Router', 'rB'],
      ['Router', 'rB', 'Router', 'rA'],
    ];
    for (const [fromKind, from, toKind, to] of links) {
      const steps = (await canvas.state()).undoSteps;
      await canvas.connect(node(fromKind, from), node(toKind, to));
      await canvas.expectUndoSteps(steps + 1);
    }

    const built = await canvas.document();
    const expected = semantics(S3);
    const actual = semantics(built);
    expect(actual.resources).toEqual(expected.resources);
    expect(actual.relations).toEqual(expected.relations);
  });
});
