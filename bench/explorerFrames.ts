/**
 * Frame time of the graph explorer while panning and zooming, in headless Chromium: the
 * page draws a synthetic graph of N nodes (2 edges each), then the mouse drags and wheels
 * over it while requestAnimationFrame deltas are recorded. Prints median and p95; it never
 * fails on time. Needs the built UI (`npm run build:ui`) and a Chromium
 * (`apt-get install -y chromium`); no database: the page's own assets are all it loads.
 *
 * Run: npx tsx bench/explorerFrames.ts [nodes=500,2000,5000]
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { serveStaticAssets } from '../src/server/staticAssets.js';
import { findChromium, launchChromium, percentiles } from '../tests/support/browser.js';

/**
 * Drags (pan) and wheels (zoom) the mouse over the graph for `rounds` rounds while recording
 * the time between animation frames; returns those deltas in milliseconds.
 */
export async function measurePanZoom(page: Page, rounds: number): Promise<number[]> {
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('the graph is not on the page');
  // A string, not a function: tsx's transform would wrap named inner functions in a helper
  // that does not exist in the page.
  await page.evaluate(`(() => {
    const frames = [];
    let last = performance.now();
    let running = true;
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.frameTimes = frames;
    window.stopFrames = () => { running = false; };
  })()`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (let round = 0; round < rounds; round += 1) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 250, cy + 120, { steps: 30 });
    await page.mouse.move(cx - 150, cy - 80, { steps: 30 });
    await page.mouse.up();
    for (const direction of [-120, 120]) {
      for (let i = 0; i < 10; i += 1) {
        await page.mouse.wheel(0, direction);
        await page.waitForTimeout(16);
      }
    }
  }
  return page.evaluate(() => {
    const w = window as unknown as { frameTimes: number[]; stopFrames: () => void };
    w.stopFrames();
    // The first delta spans the set-up, not a frame drawn while moving.
    return w.frameTimes.slice(1);
  });
}

/** Frame deltas over `ms` milliseconds with nothing moving: what the browser and machine give at rest. */
export function measureIdle(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(`new Promise((resolve) => {
    const frames = [];
    const start = performance.now();
    let last = start;
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      if (now - start < ${Number(ms)}) requestAnimationFrame(tick);
      else resolve(frames.slice(1));
    };
    requestAnimationFrame(tick);
  })`);
}

function describeIdle(frames: readonly number[]): string {
  const { median, p95 } = percentiles(frames);
  return `${frames.length} frames, median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`;
}

/** One line of figures for a run. */
export function describeFrames(nodes: number, edges: number, frames: readonly number[]): string {
  const { median, p95 } = percentiles(frames);
  return `${nodes} nodes, ${edges} edges: ${frames.length} frames while panning and zooming, median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const sizes = (process.argv[2] ?? '500,2000,5000').split(',').map(Number);
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error('no Chromium found; install it with `apt-get install -y chromium`');
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    serveStaticAssets(request, response, url)
      .then((served) => {
        if (!served) response.writeHead(404).end();
      })
      .catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium(chromiumPath);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/explore`);
    await page.waitForFunction(() => window.newsgraphExplorer !== undefined);
    console.log('explorer frame time, headless Chromium with software rendering (--disable-gpu)');
    for (const nodes of sizes) {
      await page.evaluate((count) => window.newsgraphExplorer.loadSynthetic(count, 2), nodes);
      const edges = await page.evaluate(() => window.newsgraphExplorer.cy.edges().length);
      console.log(describeFrames(nodes, edges, await measurePanZoom(page, 2)));
      console.log(
        `  the same page at rest (the machine's floor): ${describeIdle(await measureIdle(page, 1000))}`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
