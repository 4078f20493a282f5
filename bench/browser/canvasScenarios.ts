/**
 * The app's canvas scenarios: the node dragged at fit view, the working zoom (a node brought to the
 * centre as the app does, then zoom 1 with the mouse wheel), and the zone outage switch.
 */
import type { Page } from '@playwright/test';
import { flowBox, settle } from './drag';
import { waitAnalysisReady } from './openScenario';

/**
 * The rendered node nearest the canvas centre among `candidates` (the one dragged at fit view: a
 * resource in a zone, so that dropping it a little further on is a move the app accepts), and the
 * canvas size.
 */
export async function centreNode(page: Page, candidates: readonly string[]): Promise<{ id: string; canvas: { width: number; height: number } }> {
  return page.evaluate((ids) => {
    const area = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!area) throw new Error('No canvas on the page');
    const wanted = new Set(ids);
    const cx = area.left + area.width / 2;
    const cy = area.top + area.height / 2;
    let best: { id: string; d: number } | null = null;
    for (const el of document.querySelectorAll('.react-flow__node')) {
      const id = el.getAttribute('data-id');
      if (id === null || !wanted.has(id)) continue;
      const r = el.getBoundingClientRect();
      const d = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
      if (best === null || d < best.d) best = { id, d };
    }
    if (!best) throw new Error('None of the candidate nodes is rendered');
    return { id: best.id, canvas: { width: area.width, height: area.height } };
  }, candidates);
}

/**
 * Brings the node to the canvas centre as the app does for a finding (`faultline:focus`), then
 * zooms to 1 around it with the mouse wheel, as a user would. Returns the zoom reached.
 */
export async function workingZoom(page: Page, id: string): Promise<number> {
  await page.evaluate((nodeId) => window.dispatchEvent(new CustomEvent('faultline:focus', { detail: nodeId })), id);
  await settle(page, 600);
  const box = await flowBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let attempt = 0; attempt < 3; attempt++) {
    const zoom = await readViewportZoom(page);
    if (Math.abs(zoom - 1) < 0.005) return zoom;
    // React Flow zooms by 2^(−deltaY × 0.002) per wheel event (pixel mode, no Ctrl).
    await page.mouse.wheel(0, -Math.log2(1 / zoom) / 0.002);
    await settle(page, 300);
  }
  const zoom = await readViewportZoom(page);
  if (Math.abs(zoom - 1) > 0.02) throw new Error(`Working zoom not reached (zoom ${zoom.toFixed(3)})`);
  return zoom;
}

function readViewportZoom(page: Page): Promise<number> {
  return page.evaluate(() => {
    const viewport = document.querySelector('.react-flow__viewport');
    return viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a : 0;
  });
}

export interface AzClickResult {
  /** How the switch was pressed: a mouse click on a visible part of it, or Space when edges cover all of it. */
  input: 'mouse' | 'keyboard';
  /** Event Timing duration of the click (input to next paint), null when under the 16 ms threshold. */
  clickEventMs: number | null;
  /** The longest Event Timing entry of the interaction (pointer, key and click events), or null. */
  interactionMs: number | null;
  /** From the click to the failed status in the DOM on a node in view. */
  overlayDomMs: number;
  /** From the click to the end of the next frame on the main thread after that. */
  overlayMs: number;
  /** From the click to the node's new status text on screen (Element Timing presentation time), when reported. */
  overlayPresentedMs: number | null;
}

/**
 * Presses the zone's outage switch as a user would: a click on a point of the switch that no edge
 * covers (edges between the zone's nodes are drawn over the zone's header), else Space on it.
 */
async function pressSwitch(page: Page, azName: string): Promise<'mouse' | 'keyboard'> {
  const button = page.getByRole('button', { name: `Simulate the loss of ${azName}`, exact: true });
  const area = await flowBox(page);
  const box = await button.boundingBox();
  if (!box || box.y < area.y || box.y + box.height > area.y + area.height || box.x < area.x || box.x + box.width > area.x + area.width) {
    throw new Error(`The outage switch of ${azName} is not in view`);
  }
  const point = await button.evaluate((el) => {
    const r = el.getBoundingClientRect();
    for (const fy of [0.5, 0.3, 0.7]) {
      for (const fx of [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9]) {
        const x = r.left + r.width * fx;
        const y = r.top + r.height * fy;
        const hit = document.elementFromPoint(x, y);
        if (hit && el.contains(hit)) return { x, y };
      }
    }
    return null;
  });
  if (point) {
    await page.mouse.click(point.x, point.y);
    return 'mouse';
  }
  await button.focus();
  await page.keyboard.press('Space');
  return 'keyboard';
}

/** Presses the zone's outage switch on the canvas and times the overlay (the zone stays failed). */
export async function azClick(page: Page, azName: string): Promise<AzClickResult> {
  const armedAt = await page.evaluate(() => {
    const b = window.__bench;
    if (!b) throw new Error('The benchmark probes are missing');
    b.marks = {};
    b.armClick('click');
    b.armAppearance('overlay', '.react-flow__node .fla-node-frame--failed');
    return performance.now();
  });
  const input = await pressSwitch(page, azName);
  await page.waitForFunction(() => window.__bench?.marks.overlay !== undefined, null, { timeout: 30_000, polling: 50 });
  // Event Timing and Element Timing entries arrive after the presentation they report, later still
  // behind long tasks; a click entry missing after 10 s means the click stayed under 16 ms.
  await page
    .waitForFunction(
      (since) => {
        const b = window.__bench;
        return b !== undefined && b.marks['overlay:presented'] !== undefined && b.events.some((e) => e.name === 'click' && e.start >= since);
      },
      armedAt,
      { timeout: 10_000, polling: 100 },
    )
    .catch(() => null);
  const r = await page.evaluate((since) => {
    const b = window.__bench;
    if (!b) throw new Error('The benchmark probes are missing');
    return { marks: b.marks, events: b.events.filter((e) => e.start >= since) };
  }, armedAt);
  const click = r.marks.click ?? Number.NaN;
  const interaction = r.events.filter((e) => e.interactionId > 0);
  return {
    input,
    clickEventMs: r.events.find((e) => e.name === 'click')?.duration ?? null,
    interactionMs: interaction.length > 0 ? Math.max(...interaction.map((e) => e.duration)) : null,
    overlayDomMs: (r.marks['overlay:dom'] ?? Number.NaN) - click,
    overlayMs: (r.marks.overlay ?? Number.NaN) - click,
    overlayPresentedMs: r.marks['overlay:presented'] === undefined ? null : r.marks['overlay:presented'] - click,
  };
}

/** Switches the zone's outage off again and waits for the analysis. */
export async function clearOutage(page: Page, azName: string): Promise<void> {
  await pressSwitch(page, azName);
  await settle(page, 200);
  await waitAnalysisReady(page);
}
