// Prints pages of the served site to PDF with Chromium, the way a reader's Print would: print
// media, light theme, every <details> open, fonts loaded, and no figure hydrated (the loader
// leaves figures static under print media, so each prints its build-time SVG).
import { chromium, type Browser } from '@playwright/test';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { CHROMIUM_ARGS, findBrowser, BROWSER_FIX } from './find-browser.ts';
import { countPdfPages } from '../lib/site/pdf.ts';

/** One PDF to make: the page to print and where the file goes. */
export interface PrintJob {
  label: string;
  url: string;
  file: string;
}

/** What came out. */
export interface Printed extends PrintJob {
  pages: number;
  bytes: number;
}

const FOOTER = `<div style="width:100%;font:8px sans-serif;color:#555;text-align:center">
  <span class="title"></span> · <span class="pageNumber"></span> / <span class="totalPages"></span></div>`;

/** Launches Chromium (found as the tests find it) and prints each job in turn. */
export async function printPages(jobs: PrintJob[], onDone: (printed: Printed, index: number) => void): Promise<Printed[]> {
  const found = findBrowser();
  if (!found) throw new Error(BROWSER_FIX);
  const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
  try {
    const printed: Printed[] = [];
    for (const [index, job] of jobs.entries()) {
      const result = await printOne(browser, job);
      printed.push(result);
      onDone(result, index);
    }
    return printed;
  } finally {
    await browser.close();
  }
}

async function printOne(browser: Browser, job: PrintJob): Promise<Printed> {
  const context = await browser.newContext({ colorScheme: 'light' });
  try {
    await context.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const response = await page.goto(job.url, { waitUntil: 'networkidle' });
    if (response?.status() !== 200) throw new Error(`${job.url} answered ${response?.status()}`);
    await page.evaluate(async () => {
      for (const details of document.querySelectorAll('details')) details.open = true;
      await document.fonts.ready;
    });
    mkdirSync(dirname(job.file), { recursive: true });
    await page.pdf({
      path: job.file,
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER,
      outline: true,
      tagged: true,
    });
    return { ...job, pages: countPdfPages(readFileSync(job.file)), bytes: statSync(job.file).size };
  } finally {
    await context.close();
  }
}
