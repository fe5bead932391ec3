import { existsSync } from 'node:fs';
import type { Core } from 'cytoscape';
import { type Browser, chromium } from 'playwright-core';

/** What the explorer page exposes for tests (ui/src/main.ts sets it). */
declare global {
  interface Window {
    newsgraphExplorer: {
      cy: Core;
      idle(): Promise<void>;
      loadSynthetic(nodes: number, edgesPerNode: number): void;
    };
  }
}

/**
 * Where a Chromium may be: $CHROMIUM_PATH first, then Debian's and Ubuntu's packages.
 * `npx playwright install` cannot download on these machines; install the browser with
 * `apt-get install -y chromium` (CI's .ci/run does).
 */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The path of an installed Chromium, or undefined when there is none. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Launches the installed Chromium headless, with nothing that reaches for the network on its own. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Median and 95th percentile of a list of numbers (nearest rank). */
export function percentiles(values: readonly number[]): { median: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}
