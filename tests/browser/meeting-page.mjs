// Drives Debian's chromium through MeetingBot's embedded meeting page and prints one JSON result line.
// Input: one JSON argument { pageUrl, chromium, screenshot, frameReadyText, leaveButton }.
// Steps: open the page → wait until the meeting frame shows the simulator's meeting page → screenshot → open the frame's
// one-time link a second time in a new tab (it must be refused) → click Leave inside the frame → wait for the page's
// "ended" view. Every step records what it saw; the xunit test asserts on it (a failure still prints the result).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const input = JSON.parse(process.argv[2]);
const result = { steps: [], consoleMessages: [], securityViolations: [] };
const userDataDir = mkdtempSync(join(tmpdir(), 'meetingbot-chromium-'));
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: input.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', message => {
    const text = message.text();
    result.consoleMessages.push(`${message.type()}: ${text}`);
    if (/Content Security Policy|Refused to/i.test(text)) result.securityViolations.push(text);
  });
  await page.exposeBinding('__cspViolation', (_, text) => result.securityViolations.push(text));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation',
    event => window.__cspViolation?.(`${event.violatedDirective} blocked ${event.blockedURI}`)));

  const response = await page.goto(input.pageUrl, { waitUntil: 'load', timeout: 20000 });
  result.pageStatus = response?.status() ?? 0;
  result.steps.push('page loaded');

  const frameElement = page.locator('iframe#meeting');
  result.frameSrc = await frameElement.getAttribute('src', { timeout: 5000 });
  const frame = page.frameLocator('iframe#meeting');
  await frame.locator('body').getByText(input.frameReadyText, { exact: false }).first().waitFor({ timeout: 20000 });
  result.frameText = (await frame.locator('body').innerText()).slice(0, 2000);
  result.frameShowedMeeting = true;
  result.steps.push('meeting shown in the frame');
  await page.screenshot({ path: input.screenshot, fullPage: true });
  result.screenshot = input.screenshot;

  const second = await context.newPage();
  const again = await second.goto(result.frameSrc, { waitUntil: 'load', timeout: 20000 });
  result.secondOpenStatus = again?.status() ?? 0;
  result.secondOpenText = (await second.locator('body').innerText()).slice(0, 2000);
  await second.close();
  result.steps.push('link opened a second time');

  await frame.getByRole('button', { name: new RegExp(input.leaveButton, 'i') }).first().click({ timeout: 10000 });
  await page.locator('#ended').waitFor({ state: 'visible', timeout: 10000 });
  result.endedShown = true;
  result.frameGone = (await page.locator('iframe#meeting').count()) === 0;
  result.endedText = await page.locator('#ended').innerText();
  result.steps.push('ended view shown');
} catch (error) {
  result.error = String(error?.stack ?? error);
} finally {
  await context?.close().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
}

console.log(JSON.stringify(result));
