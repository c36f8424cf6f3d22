// The real-browser test of `faultline serve` (issue 7): Debian's chromium, headless, driven by playwright-core.
// It opens the page, runs a stress test, moves Musk's fiscal salience and sees the Musk–Trump forecast move,
// moves a flow's slider by keyboard and sees the tie's classification and the report's chart change, checks
// labels and phone-width layout, and saves screenshots for people to look at.
//
//   FAULTLINE_URL=http://127.0.0.1:PORT/ FAULTLINE_SCREENSHOTS=build node serve_page_test.mjs
// The server must serve a copy of the examples (the test does not save, but a person may look at them).
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const url = process.env.FAULTLINE_URL;
const screenshots = process.env.FAULTLINE_SCREENSHOTS || 'build';
assert.ok(url, 'set FAULTLINE_URL to the address `faultline serve` printed');
fs.mkdirSync(screenshots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});

const step = (text) => console.log(`browser test: ${text}`);
const tie = '#tie-table tr[data-tie="musk~trump"]';
const forecast = '#forecast-table tr[data-tie="musk~trump"] .p-fracture';

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('request', (request) => {
    if (!request.url().startsWith(url)) problems.push(`request outside the server: ${request.url()}`);
  });

  step(`opening ${url}`);
  await page.goto(url);
  await page.waitForSelector(`${tie} .classification`);
  await page.waitForSelector('#report section svg');
  const classificationBefore = await page.textContent(`${tie} .classification`);
  step(`Musk–Trump is ${classificationBefore}`);

  // Every control has a name a screen reader reads out.
  const unnamed = await page.$$eval('input, select, button', (elements) => elements
    .filter((element) => !(element.labels && element.labels.length > 0) && !element.getAttribute('aria-label') &&
                         !(element.tagName === 'BUTTON' && element.textContent.trim()))
    .map((element) => element.outerHTML.slice(0, 80)));
  assert.deepEqual(unnamed, [], 'every control has a label');

  const runStress = async () => {
    const before = await page.$eval('body', (body) => body.dataset.analysed);
    await page.fill('#stress-runs', '3000');
    await page.click('#stress-button');
    await page.waitForSelector('#stress-button:not([disabled])', { timeout: 120000 });
    await page.waitForSelector(forecast);
    const status = await page.textContent('#status');
    assert.match(status, /Stress test done/, `the stress test finished (${status})`);
    return [Number(await page.textContent(forecast)), before];
  };

  // A slider moved by keyboard only: focus it (opening its group) and press a key.
  const pressOnSlider = async (fieldPath, key) => {
    const slider = `input[type=range][data-path="${fieldPath}"]`;
    await page.$eval(slider, (element) => { element.closest('details').open = true; });
    await page.focus(slider);
    await page.keyboard.press(key);
    return slider;
  };
  const waitForAnalysis = async (count) =>
    page.waitForFunction((n) => Number(document.body.dataset.analysed) > n, Number(count));

  step('stress test on the scenario as declared');
  const [pBefore] = await runStress();

  step("moving Musk's fiscal salience to 0 by keyboard");
  let count = await page.$eval('body', (body) => body.dataset.analysed);
  await pressOnSlider('actors.musk.values.fiscal.salience', 'Home');
  await waitForAnalysis(count);
  const [pAfter] = await runStress();
  step(`P(fracture) of Musk–Trump: ${pBefore} -> ${pAfter}`);
  assert.notEqual(pAfter, pBefore, "the tie's forecast moves with Musk's fiscal salience");

  step('moving the Trump → Musk flow value to 0 by keyboard');
  const reportBefore = await page.innerHTML('#report');
  count = await page.$eval('body', (body) => body.dataset.analysed);
  await pressOnSlider('ties.0.flows.1.value', 'Home');
  await waitForAnalysis(count);
  const classificationAfter = await page.textContent(`${tie} .classification`);
  step(`Musk–Trump is now ${classificationAfter}`);
  assert.notEqual(classificationAfter, classificationBefore, 'the classification changes');
  const reportAfter = await page.innerHTML('#report');
  assert.notEqual(reportAfter, reportBefore, 'the report and its charts change');
  assert.ok(await page.isEnabled('#save-button'), 'the changes can be saved');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshots, 'serve-1280x800.png'), fullPage: false });

  step('phone width');
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `nothing wider than a phone screen (overflow ${overflow}px)`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshots, 'serve-phone.png'), fullPage: false });

  assert.deepEqual(problems, [], 'no script errors and nothing loaded from elsewhere');
  step(`passed; screenshots in ${screenshots}/serve-1280x800.png and serve-phone.png`);
} finally {
  await browser.close();
}
