/**
 * One benchmark run of one design size: the app in a fresh browser context (open, memory, drags,
 * AZ switch, edits), then the bare React Flow page in another fresh context (the same drags).
 * A failing step is recorded and the steps that need it are skipped; the run goes on.
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { join } from 'node:path';
import { azClick, centreNode, clearOutage, workingZoom } from './canvasScenarios';
import { editBurst, editToAnalysis } from './editScenarios';
import { measureMemory, openSavedDesign, waitAnalysisReady, type LibraryLocation } from './openScenario';
import { measureDrag, settle, type Point } from './drag';
import type { Landmarks } from './fixtures';
import { installProbes, NAME_SHIM } from './probes';
import type { AppRun, BareRun } from './types';

/** Drag distances in CSS pixels: short at fit view (nodes are small), a typical move at zoom 1. */
const FIT_DELTA: Point = { x: -40, y: 30 };
const WORKING_DELTA: Point = { x: -150, y: 90 };

export interface RunTarget {
  browser: Browser;
  origin: string;
  /** URL paths of the fixture files next to the build. */
  designPath: string;
  barePath: string;
  landmarks: Landmarks;
  library: LibraryLocation;
  /** Size and run, for screenshot names. */
  label: string;
  /** A folder to save screenshots of the main steps in, or null. */
  screenshots: string | null;
}

async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  context.setDefaultTimeout(60_000);
  context.setDefaultNavigationTimeout(120_000);
  await context.addInitScript({ content: NAME_SHIM });
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp };
}

/** Runs `body`, recording its failure in `errors` (and returning null) instead of throwing. */
async function step<T>(errors: string[], name: string, body: () => Promise<T>): Promise<T | null> {
  try {
    return await body();
  } catch (error) {
    errors.push(`${name}: ${error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)}`);
    return null;
  }
}

/** The app's part of a run. */
export async function runApp(t: RunTarget): Promise<AppRun> {
  const errors: string[] = [];
  const run: AppRun = { open: null, memory: null, fitNodeId: null, canvas: null, dragFit: null, dragWorking: null, azClick: null, edits: null, burst: null, errors };
  const { context, page, cdp } = await freshPage(t.browser);
  const shot = async (name: string): Promise<void> => {
    if (t.screenshots !== null) await step(errors, `screenshot ${name}`, () => page.screenshot({ path: join(t.screenshots ?? '', `${t.label}-app-${name}.png`) }));
  };
  try {
    run.open = await step(errors, 'open', () => openSavedDesign(page, t.origin, t.designPath, t.library));
    await shot('open');
    if (!run.open) return run;
    run.memory = await step(errors, 'memory', () => measureMemory(page, cdp));
    const centre = await step(errors, 'centre node', () => centreNode(page, t.landmarks.zoneResourceIds));
    run.fitNodeId = centre?.id ?? null;
    run.canvas = centre?.canvas ?? null;
    if (centre) {
      run.dragFit = await step(errors, 'drag at fit view', () => measureDrag(page, cdp, centre.id, FIT_DELTA));
      await step(errors, 'analysis after the fit view drag', () => waitAnalysisReady(page));
    }
    const zoomed = await step(errors, 'working zoom', () => workingZoom(page, t.landmarks.focusNodeId));
    await shot('working-zoom');
    if (zoomed !== null) {
      run.dragWorking = await step(errors, 'drag at working zoom', () => measureDrag(page, cdp, t.landmarks.focusNodeId, WORKING_DELTA));
      await step(errors, 'analysis after the working zoom drag', () => waitAnalysisReady(page));
      run.azClick = await step(errors, 'AZ switch', () => azClick(page, t.landmarks.azName));
      await shot('zone-down');
      if (run.azClick) await step(errors, 'clearing the outage', () => clearOutage(page, t.landmarks.azName));
    }
    run.edits = await step(errors, 'edits', () => editToAnalysis(page, t.landmarks.editIds));
    run.burst = await step(errors, 'edit burst', () => editBurst(page, t.landmarks.editIds));
    await shot('after-edits');
    return run;
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** The bare page's part of a run: the same node dragged at fit view and at zoom 1, in a canvas of the app's size. */
export async function runBare(t: RunTarget, app: AppRun): Promise<BareRun> {
  const errors: string[] = [];
  const run: BareRun = { dragFit: null, dragWorking: null, errors };
  const { context, page, cdp } = await freshPage(t.browser);
  try {
    const size = app.canvas ?? { width: 1280, height: 800 };
    const query = `data=${encodeURIComponent(t.barePath)}&w=${String(Math.round(size.width))}&h=${String(Math.round(size.height))}`;
    const opened = await step(errors, 'open', async () => {
      await page.goto(`${t.origin}/bench/bare/index.html?${query}`);
      await page.waitForFunction(() => window.__bare !== undefined && (window.__bench?.nodesPaintedAt ?? 0) > 0, null, { timeout: 120_000, polling: 100 });
      await settle(page, 1_000);
      return true;
    });
    if (!opened) return run;
    if (t.screenshots !== null) await page.screenshot({ path: join(t.screenshots, `${t.label}-bare-open.png`) }).catch(() => undefined);
    const fitNode = app.fitNodeId;
    if (fitNode !== null) run.dragFit = await step(errors, 'drag at fit view', () => measureDrag(page, cdp, fitNode, FIT_DELTA));
    const zoomed = await step(errors, 'working zoom', async () => {
      await page.evaluate((id) => window.__bare?.centre(id, 1), t.landmarks.focusNodeId);
      await settle(page, 500);
      return true;
    });
    if (zoomed && t.screenshots !== null) await page.screenshot({ path: join(t.screenshots, `${t.label}-bare-working-zoom.png`) }).catch(() => undefined);
    if (zoomed) run.dragWorking = await step(errors, 'drag at working zoom', () => measureDrag(page, cdp, t.landmarks.focusNodeId, WORKING_DELTA));
    return run;
  } finally {
    await context.close().catch(() => undefined);
  }
}
