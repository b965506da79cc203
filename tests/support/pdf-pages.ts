/**
 * How full each page of a PDF is, from poppler's word boxes (`pdftotext -bbox`): the lowest word's
 * bottom edge as a share of the page's text area (A4 with the margins of src/styles/print.css; the
 * page number Chromium prints in the footer is not counted), and the first words of the page.
 */
import { execFileSync } from 'node:child_process';

/** The @page margins in print.css, in points (1 mm = 72 / 25.4 pt). */
const MM = 72 / 25.4;
const TOP = 18 * MM;
const BOTTOM = 20 * MM;

export interface PageFill {
  /** 1-based page number. */
  page: number;
  /** 0 (empty) to 1 (text down to the bottom margin). */
  fill: number;
  /** The first few words on the page. */
  opening: string;
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');

export function pageFills(file: string): PageFill[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages = [...html.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
  return pages.map(([, height, body], i) => {
    const bottom = Number(height) - BOTTOM;
    const words = [...body!.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map(([, yMin, yMax, text]) => ({ yMin: Number(yMin), yMax: Number(yMax), text: decode(text!) }))
      .filter((w) => w.yMin < bottom);
    const lowest = Math.max(TOP, ...words.map((w) => w.yMax));
    return { page: i + 1, fill: (lowest - TOP) / (bottom - TOP), opening: words.slice(0, 6).map((w) => w.text).join(' ') };
  });
}
