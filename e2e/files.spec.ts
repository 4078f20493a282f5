/**
 * Files in the browser: JSON export/import round trips for every template, refused and repaired
 * imports (the open design must not change), and the other ways in (drop, paste dialog, Ctrl+V).
 * Templates, share links and images are in `files-sharing.spec.ts`.
 *
 * "Identical" in the round trips means: the stable serialization (semantics and layout, viewport
 * included) is the same byte for byte once the design id is set aside. The import gets a new id
 * because the exported design is already in the library, and an import never overwrites.
 */
import { designFileName } from '../src/files/fileName';
import { comparableText } from '../src/files/roundTrip';
import { serializeDesignFile } from '../src/model/serialize';
import { expect, test } from './fixtures';
import { FilesPage, type FilePayload } from './page-models/FilesPage';
import { STARTER, templateFile, templates, templateText, withStarterOpen } from './page-models/templateFiles';

test.describe('JSON export and import round trip', () => {
  for (const entry of templates) {
    test(`${entry.name}: export then import gives the identical document`, async ({ page }) => {
      const files = new FilesPage(page);
      await files.goto();
      await files.openTemplate(entry.name);
      const before = await files.document();

      const download = await files.download('Export JSON');
      expect(download.suggestedFilename()).toBe(designFileName(entry.name));
      expect(await files.text(download)).toBe(serializeDesignFile(before));

      await files.importThroughPicker(await download.path());
      await expect(files.notice).toContainText(`Imported “${entry.name}” as a new design`);
      await expect.poll(async () => (await files.document()).design.id).not.toBe(before.design.id);
      const after = await files.document();
      expect(comparableText(after)).toBe(comparableText(before));
      expect((await files.state()).undoLabels.at(-1)).toBe(`Import “${entry.name}”`);
    });
  }
});

function json(name: string, text: string | Buffer): FilePayload {
  return { name, mimeType: 'application/json', buffer: typeof text === 'string' ? Buffer.from(text) : text };
}

/** A design file as plain JSON, to be damaged on purpose. */
interface RawDoc {
  format: unknown;
  version: unknown;
  design: { resources: Record<string, unknown>[]; relations: Record<string, unknown>[] };
}

/** The starter template with an edit applied to its parsed JSON. */
function starterWith(edit: (doc: RawDoc) => void): string {
  const doc = JSON.parse(templateText(STARTER)) as RawDoc;
  edit(doc);
  return JSON.stringify(doc, null, 2);
}

const starter = templateText(STARTER);
const PNG_BYTES = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/** Files an import must refuse, with the message and the JSON path the dialog shows. */
const REFUSED: { what: string; file: FilePayload; message: string | RegExp; where: string }[] = [
  {
    what: 'truncated JSON',
    file: json('cut.faultline.json', starter.slice(0, 300)),
    // The parser's own words differ between engines; the place is what matters.
    message: /^Not valid JSON: .+\(line 10,? column 5\)$/,
    where: 'the file as a whole',
  },
  {
    what: 'another format tag',
    file: json('drawing.json', starterWith((d) => (d.format = 'draw.io'))),
    message: 'This is not a Faultline design: its format is "draw.io", expected "faultline.design"',
    where: 'format',
  },
  {
    what: 'a future format version',
    file: json('future.faultline.json', starterWith((d) => (d.version = 2))),
    message: 'This design was made by a newer Faultline (format version 2; this app reads up to 1)',
    where: 'version',
  },
  {
    what: 'a field of the wrong type',
    file: json('typo.faultline.json', starterWith((d) => (d.design.resources[4]!.cidr = 42))),
    message: 'Subnet "sA": cidr must be a CIDR such as 172.29.45.0/24, found 42',
    where: 'design.resources[4].cidr',
  },
  {
    what: 'a list instead of an object',
    file: json('list.json', '[1, 2, 3]'),
    message: 'A Faultline design is a JSON object, but this file holds a list of 3 items',
    where: 'the file as a whole',
  },
  { what: 'an empty file', file: json('empty.faultline.json', ''), message: 'The file is empty', where: 'the file as a whole' },
  {
    what: 'a 20 MB file',
    file: json('huge.faultline.json', Buffer.alloc(20 * 1024 * 1024, 0x20)),
    message: 'The file is 20.0 MiB (20971520 bytes); Faultline opens designs of up to 10 MiB',
    where: 'the file as a whole',
  },
  {
    what: 'a binary file',
    file: { name: 'diagram.png', mimeType: 'image/png', buffer: PNG_BYTES },
    message: 'This is a binary file, not a Faultline design',
    where: 'the file as a whole',
  },
];

/** Files an import can repair: the dialog lists the repairs before anything changes. */
const REPAIRED: { what: string; file: FilePayload; warning: string }[] = [
  {
    what: 'a dangling reference',
    file: json(
      'dangling.faultline.json',
      starterWith((d) => d.design.relations.push({ id: 'port:ghost', kind: 'port', from: 'iA', to: 'sGhost' })),
    ),
    warning: 'design.relations[3].to Removed port "port:ghost": its target "sGhost" does not exist in the design',
  },
  {
    what: 'a duplicate id',
    file: json('twice.faultline.json', starterWith((d) => d.design.resources.push({ ...d.design.resources[6] }))),
    warning: 'design.resources[8].id Instance "iA" has the same id as an earlier instance; it now has the id "iA-2", and references to "iA" still mean the instance',
  },
  {
    what: 'an unknown kind',
    file: json('k8s.faultline.json', starterWith((d) => d.design.resources.push({ id: 'k8s', kind: 'kubernetesCluster', name: 'k8s' }))),
    warning: 'design.resources[8] Skipped the resource "k8s": Faultline has no resource kind "kubernetesCluster"',
  },
  {
    what: 'a __proto__ key',
    file: json('proto.faultline.json', starter.replace('"design": {', '"design": {\n    "__proto__": { "polluted": true },')),
    warning: 'design.__proto__ Removed the key "__proto__", which a design file may not use',
  },
];

test.describe('refused imports leave the open design as it was', () => {
  for (const { what, file, message, where } of REFUSED) {
    test(`${what}: says what is wrong and where`, async ({ page }) => {
      const files = new FilesPage(page);
      const before = await withStarterOpen(files);
      await files.importThroughPicker(file);
      await expect(files.rejected).toBeVisible();
      await expect(files.rejected.getByRole('heading')).toHaveText('This file cannot be opened');
      await expect(files.rejected.getByTestId('import-error')).toHaveText(message);
      await expect(files.rejected.getByTestId('import-error-path')).toHaveText(where);
      await files.rejected.getByRole('button', { name: 'Close' }).click();
      await expect(files.rejected).toBeHidden();
      expect(await files.document()).toEqual(before);
      expect((await files.state()).undoSteps).toBe(0);
    });
  }
});

test.describe('repaired imports show their repairs first', () => {
  for (const { what, file, warning } of REPAIRED) {
    test(`${what}: the repair is listed, and Cancel changes nothing`, async ({ page }) => {
      const files = new FilesPage(page);
      const before = await withStarterOpen(files);
      await files.importThroughPicker(file);
      await expect(files.review.getByRole('heading', { level: 2 })).toHaveText('Open “Single-zone starter” with repairs?');
      await expect(files.review.getByTestId('import-warnings').getByRole('listitem')).toHaveText([warning]);
      await files.review.getByRole('button', { name: 'Cancel' }).click();
      await expect(files.review).toBeHidden();
      expect(await files.document()).toEqual(before);
    });
  }

  test('"Import anyway" opens the repaired design as a new one, and undo returns to the previous', async ({ page }) => {
    const files = new FilesPage(page);
    const before = await withStarterOpen(files);
    await files.importThroughPicker(REPAIRED[2]!.file);
    await files.review.getByRole('button', { name: 'Import anyway' }).click();
    await expect(files.notice).toContainText('Imported “Single-zone starter” as a new design in your library');
    await expect.poll(async () => (await files.document()).design.id).not.toBe(before.design.id);
    const imported = await files.document();
    expect(imported.design.resources.map((r) => r.id)).toEqual(before.design.resources.map((r) => r.id));

    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(async () => (await files.document()).design.id).toBe(before.design.id);
    expect(await files.document()).toEqual(before);
  });
});

test.describe('other ways to import', () => {
  test('a file dropped on the canvas opens as a new design', async ({ page }) => {
    const files = new FilesPage(page);
    await withStarterOpen(files);
    await files.dropOnCanvas({ name: 'two-regions.faultline.json', text: templateText('two-regions.faultline.json') });
    await files.expectOpen('Two regions behind a global load balancer');
    expect(comparableText(await files.document())).toBe(comparableText(templateFile('two-regions.faultline.json')));
  });

  test('the paste dialog explains a refused text and keeps it for another try', async ({ page }) => {
    const files = new FilesPage(page);
    const before = await withStarterOpen(files);
    const broken = templateText('multi-hint-router.faultline.json').replace('"mtu": 1450', '"mtu": "big"');
    await files.pasteInDialog(broken);
    await expect(files.rejected.getByRole('heading')).toHaveText('The pasted text cannot be opened');
    await expect(files.rejected.getByTestId('import-error')).toHaveText('Network "n1": mtu must be a whole number from 68 to 9000, found "big"');
    await expect(files.rejected.getByTestId('import-error-path')).toHaveText('design.resources[3].mtu');
    await files.rejected.getByRole('button', { name: 'Close' }).click();
    expect(await files.document()).toEqual(before);

    const field = files.pasteDialog.getByRole('textbox', { name: 'Design file text (JSON)' });
    await expect(field).toHaveValue(broken);
    await field.fill(templateText('multi-hint-router.faultline.json'));
    await files.pasteDialog.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(files.pasteDialog).toBeHidden();
    await files.expectOpen('Router with both zones as hints');
  });

  test('Ctrl+V of a design text on the canvas imports it; Ctrl+Z goes back', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const files = new FilesPage(page);
    const before = await withStarterOpen(files);
    await files.pasteOnCanvas(templateText('dns-manual-failover.faultline.json'));
    await files.expectOpen('DNS failover by hand');
    await expect(files.notice).toContainText('Imported “DNS failover by hand” as a new design');
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(async () => (await files.document()).design.id).toBe(before.design.id);
    expect(await files.document()).toEqual(before);
  });

  test('Ctrl+V of anything else is still the in-app paste', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const files = new FilesPage(page);
    const before = await withStarterOpen(files);
    // The system clipboard outlives a browser context: start from a known text, and paste only once
    // the in-app copy has reached it (as it does when a person copies and then pastes).
    await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
    await page.getByTestId('canvas').getByRole('group', { name: 'Instance iA', exact: true }).click();
    await page.keyboard.press('ControlOrMeta+C');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('nothing copied yet');
    await page.keyboard.press('ControlOrMeta+V');
    await expect.poll(async () => (await files.document()).design.resources.length).toBe(before.design.resources.length + 1);
    expect((await files.document()).design.id).toBe(before.design.id);
    await expect(files.review).toHaveCount(0);
    await expect(files.rejected).toHaveCount(0);
  });
});
