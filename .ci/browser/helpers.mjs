// Helpers for the browser specs (*.spec.mjs beside this file), which run.mjs runs with node:test against the
// packaged jar it started. A spec imports what it needs:
//   import { baseUrl, launch, screenshot, editor } from './helpers.mjs';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** The running jar, e.g. http://127.0.0.1:18123 (set by run.mjs). */
export const baseUrl = required('NEWSGRAPH_BASE_URL');
/** The editor run.mjs gave the jar (NEWSGRAPH_EDITOR_USER / NEWSGRAPH_EDITOR_PASSWORD). */
export const editor = { user: required('NEWSGRAPH_EDITOR_USER'), password: required('NEWSGRAPH_EDITOR_PASSWORD') };
const screenshots = required('NEWSGRAPH_SCREENSHOTS');

/** The flags Newsgraph's CI runs Debian's Chromium with (headless, no sandbox as root, no network of its own). */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run'];

/**
 * Starts Chromium with a fresh profile and opens one page. Returns { context, page, close }; close() also
 * deletes the profile. Dialogs (alert, confirm, the browser's login prompt) fail the page: `page.dialogs` lists
 * them, and an HTTP auth challenge is recorded in `page.authChallenges`.
 */
export async function launch() {
  const profile = await mkdtemp(join(tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.dialogs = [];
  page.on('dialog', (dialog) => { page.dialogs.push(dialog.message()); dialog.dismiss().catch(() => {}); });
  page.authChallenges = [];
  page.on('response', (response) => {
    const challenge = response.headers()['www-authenticate'];
    if (challenge) page.authChallenges.push(`${response.url()}: ${challenge}`);
  });
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page PNG as target/browser/NAME.png and returns its path. */
export async function screenshot(page, name) {
  await mkdir(screenshots, { recursive: true });
  const path = join(screenshots, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the specs through .ci/browser/run.mjs`);
  return value;
}
