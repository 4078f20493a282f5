import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { AppPage } from './page-models/AppPage';
import { CanvasPage } from './page-models/CanvasPage';
import { InspectorPage } from './page-models/InspectorPage';
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
