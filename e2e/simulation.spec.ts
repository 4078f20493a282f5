import type { DesignFile, FipAssociationRelation, FloatingIp } from '../src/model/types';
import { expect, test } from './fixtures';
import { AnalysisPage } from './page-models/AnalysisPage';

const STATUS_WORDS = /^(OK|Degraded|Down|Failed)$/;

async function open(page: import('@playwright/test').Page, example: string): Promise<AnalysisPage> {
  const sim = new AnalysisPage(page);
  await sim.goto();
  await sim.openExample(example);
  await sim.showPanel();
  return sim;
}

/** S2 plus a second floating IP, from the other zone's pool, on the same instance. */
function withSecondFloatingIp(file: DesignFile): DesignFile {
  const fip: FloatingIp = { id: 'fB' as FloatingIp['id'], kind: 'floatingIp', name: 'fB', pool: 'europe-se-1-1b-net0', address: null };
  const association: FipAssociationRelation = {
    id: 'assoc-fB' as FipAssociationRelation['id'],
    kind: 'fipAssociation',
    from: fip.id,
    to: 'iB' as FipAssociationRelation['to'],
    portSubnet: null,
    fixedIp: null,
  };
  return { ...file, design: { ...file.design, resources: [...file.design.resources, fip], relations: [...file.design.relations, association] } };
}

test.describe('zone outage simulation', () => {
  test('S2, europe-se-1a down: floating IP failed, instance degraded, service down, explained back to router and zone', async ({ page }) => {
    const sim = await open(page, 's02-cross-zone-floating-ip');
    await expect(sim.scenarioWords).toHaveText('No outage simulated — click a zone to simulate its loss');
    await expect(sim.findings.locator('.fla-finding-id')).toHaveText(['F01', 'F07']);

    await expect(sim.node('Floating IP', 'fA').locator('.fla-node-findings')).toHaveText('⚠ 1 finding');

    await sim.failZone('europe-se-1a');
    await expect(sim.zone('europe-se-1a')).toHaveAttribute('aria-pressed', 'true');
    await expect(sim.scenarioWords).toHaveText('Simulating: europe-se-1a down');
    await expect(sim.serviceStatus('fA')).toHaveText('Failed');
    // The canvas: statuses as icon and word on the nodes, the failed zone veiled and labelled.
    await expect(sim.nodeStatus('Floating IP', 'fA')).toHaveText('Failed');
    await expect(sim.nodeStatus('Instance', 'iB')).toHaveText('Degraded');
    await expect(sim.nodeStatus('Router', 'rA')).toHaveText('Failed');
    await expect(sim.node('Network', 'n1').locator('.fla-node-ok')).toHaveText('OK');
    await expect(sim.zoneVeil('europe-se-1a')).toHaveText('europe-se-1a down');
    await expect(sim.zoneVeil('europe-se-1b')).toHaveCount(0);
    await expect(sim.service('fA')).toContainText('fA — down. ');

    await sim.explain('iB');
    await expect(sim.reportStatus('fA')).toHaveText('Failed');
    await expect(sim.reportStatus('iB')).toHaveText('Degraded');
    const steps = sim.explanationSteps();
    await expect(steps.locator('.fla-chain-head button')).toHaveText(['iB', 'rA', 'europe-se-1a']);
    await expect(steps.first()).toHaveAttribute('data-reason', 'GATEWAY_LOST');
    await expect(steps.first()).toContainText('rA');
    await expect(steps.first().getByText('Assumption', { exact: true })).toBeVisible();
    await expect(steps.nth(1)).toContainText('europe-se-1a');

    // A step's name selects that resource and brings it into view on the canvas.
    await steps.nth(1).getByRole('button', { name: 'rA', exact: true }).click();
    await expect(sim.node('Router', 'rA')).toHaveClass(/selected/);
    await expect(sim.node('Router', 'rA')).toBeInViewport();

    // The findings are still there, and still the same, during the outage.
    await expect(sim.findings.locator('.fla-finding-id')).toHaveText(['F01', 'F07']);
  });

  test('S3: either zone down leaves the service degraded; the matrix shows no single point of failure', async ({ page }) => {
    const sim = await open(page, 's03-recommended-two-zone');
    for (const zone of ['europe-se-1a', 'europe-se-1b']) {
      await sim.failZone(zone);
      await expect(sim.serviceStatus('g1')).toHaveText('Degraded');
      await expect(sim.service('g1')).toContainText('g1 — degraded. ');
    }
    const row = sim.matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'g1' }) });
    await expect(sim.matrix.getByRole('columnheader')).toHaveText(['Service', 'europe-se-1a', 'europe-se-1b', 'europe-se-1 (region)']);
    await expect(row.locator('.fla-status-label')).toHaveText(['Degraded', 'Degraded', 'Down']);
    await expect(sim.matrix.locator('.fla-spof dd')).toHaveText('g1: none');

    // A matrix cell applies its scenario.
    await row.getByRole('button', { name: /europe-se-1a down: Degraded/ }).click();
    await expect(sim.scenarioWords).toHaveText('Simulating: europe-se-1a down');
    // The static route towards the lost router is drawn broken.
    await sim.waitUpToDate();
    await expect(sim.brokenEdge('staticRoute:rB:0')).toBeVisible();
    await expect(sim.brokenEdge('staticRoute:rA:0')).toHaveCount(0);
    // It is drawn over the edge, which keeps its own look; the mark says why and selects the route.
    await expect(sim.brokenEdge('staticRoute:rB:0').locator('title')).toHaveText(/^No longer carries traffic: rB → /);
    await expect(page.locator('.react-flow__edge path[stroke="#c62828"], .react-flow__edge path[style*="198, 40, 40"]')).toHaveCount(0);
    await sim.brokenEdge('staticRoute:rB:0').click();
    await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1);
    await expect(page.locator('.react-flow__edge.selected')).toHaveAttribute('data-id', 'staticRoute:rB:0');

    // The zone's own switch on the canvas toggles its outage too.
    await sim.zoneSwitch('europe-se-1b').click();
    await expect(sim.scenarioWords).toHaveText('Simulating: europe-se-1b down');
    await sim.zoneSwitch('europe-se-1a').click({ modifiers: ['Shift'] });
    await expect(sim.scenarioWords).toHaveText('Simulating: europe-se-1b and europe-se-1a down');
  });

  test('S5 and S6, europe-se-1b down: members lost (1 of 2) versus dead members still in rotation; 1a takes both down', async ({ page }) => {
    const sim = await open(page, 's05-lb-one-zone-with-monitor');
    await sim.failZone('europe-se-1b');
    await sim.explain('p1');
    const withMonitor = sim.explanationSteps().first();
    await expect(withMonitor).toHaveAttribute('data-reason', 'MEMBERS_LOST');
    await expect(withMonitor).toContainText('1 of 2');
    await expect(withMonitor.getByText('Assumption', { exact: true })).toHaveCount(0);
    await expect(sim.serviceStatus('fL')).toHaveText('Degraded');
    await sim.failZone('europe-se-1a');
    await expect(sim.serviceStatus('fL')).toHaveText('Failed');
    await expect(sim.service('fL')).toContainText('fL — down. ');

    await sim.openExample('s06-lb-one-zone-without-monitor');
    await expect(sim.scenarioWords).toHaveText('No outage simulated — click a zone to simulate its loss');
    await sim.failZone('europe-se-1b');
    await sim.explain('p1');
    const withoutMonitor = sim.explanationSteps().first();
    await expect(withoutMonitor).toHaveAttribute('data-reason', 'DEAD_MEMBERS_IN_ROTATION');
    await expect(withoutMonitor).toContainText('in rotation');
    await expect(withoutMonitor.getByText('Assumption', { exact: true })).toBeVisible();
    await expect(sim.serviceStatus('fL')).toHaveText('Degraded');
    await sim.failZone('europe-se-1a');
    await expect(sim.serviceStatus('fL')).toHaveText('Failed');
  });

  test('an edit during a simulation is analysed again without clearing the scenario', async ({ page }) => {
    const sim = await open(page, 's02-cross-zone-floating-ip');
    await sim.failZone('europe-se-1a');
    await expect(sim.panel.locator('[data-testid^="service-"]')).toHaveCount(1);

    await sim.edit(withSecondFloatingIp);
    await sim.waitUpToDate();
    await expect(sim.scenarioWords).toHaveText('Simulating: europe-se-1a down');
    await expect(sim.zone('europe-se-1a')).toHaveAttribute('aria-pressed', 'true');
    await expect(sim.panel.locator('[data-testid^="service-"]')).toHaveCount(2);
    await expect(sim.service('fB')).toBeVisible();
    await expect(sim.serviceStatus('fA')).toHaveText('Failed');
    await expect(sim.nodeStatus('Floating IP', 'fB')).toHaveText(STATUS_WORDS);
  });

  test('zones are toggled with the keyboard, Shift adds a zone, Esc stops the simulation', async ({ page }) => {
    const sim = await open(page, 's03-recommended-two-zone');
    await sim.zone('europe-se-1a').focus();
    await page.keyboard.press('Enter');
    await expect(sim.scenarioWords).toHaveText('Simulating: europe-se-1a down');
    await page.keyboard.press('Tab');
    await expect(sim.zone('europe-se-1b')).toBeFocused();
    await sim.zone('europe-se-1b').click({ modifiers: ['Shift'] });
    await expect(sim.scenarioWords).toHaveText('Simulating: europe-se-1a and europe-se-1b down');
    await sim.waitUpToDate();
    await expect(sim.serviceStatus('g1')).toHaveText('Down');

    await page.keyboard.press('Escape');
    await expect(sim.scenarioWords).toHaveText('No outage simulated — click a zone to simulate its loss');
    await sim.waitUpToDate();
    await expect(sim.serviceStatus('g1')).toHaveText('OK');
  });

  test('starting and stopping an outage leaves the canvas where it is (the zone bar keeps its height)', async ({ page }) => {
    const sim = await open(page, 's03-recommended-two-zone');
    const canvas = page.locator('.react-flow');
    const before = await canvas.boundingBox();
    await sim.zone('europe-se-1a').click();
    await expect(sim.scenarioWords).toHaveText('Simulating: europe-se-1a down');
    await sim.waitUpToDate();
    expect(await canvas.boundingBox()).toEqual(before);
    await page.keyboard.press('Escape');
    await expect(sim.scenarioWords).toHaveText('No outage simulated — click a zone to simulate its loss');
    expect(await canvas.boundingBox()).toEqual(before);
  });

  test('no status is shown by colour alone: every badge has an icon and a word, and the table says it in text', async ({ page }) => {
    const sim = await open(page, 's05-lb-one-zone-with-monitor');
    await sim.failZone('europe-se-1a');
    await sim.explain('iB');
    const badges = page.locator('.fla-status');
    // The panel's badges and the canvas's node badges alike.
    expect(await sim.canvas.locator('.fla-status').count()).toBeGreaterThan(5);
    expect(await badges.count()).toBeGreaterThan(15);
    for (const badge of await badges.all()) {
      await expect(badge.locator('svg.fla-status-icon')).toHaveCount(1);
      await expect(badge.locator('.fla-status-label')).toHaveText(STATUS_WORDS);
    }
    // Unaffected nodes carry a check mark that also says OK in words (for screen readers).
    for (const ok of await sim.canvas.locator('.fla-node-ok').all()) {
      await expect(ok.locator('svg.fla-status-icon--ok')).toHaveCount(1);
      await expect(ok).toHaveText('OK');
    }
    const table = sim.reportTable.getByRole('table');
    await expect(table.locator('caption')).toHaveText('Status of the affected resources. Simulating: europe-se-1a down.');
    await expect(table.getByRole('columnheader')).toHaveText(['Resource', 'Status', 'Compared with no outage', 'Why']);
    await expect(sim.reportStatus('l1')).toHaveText('Failed');
    await expect(sim.reportStatus('li1')).toHaveText('Down');
    await expect(sim.reportStatus('iB')).toHaveText('Degraded');
  });
});
