/**
 * Reads the design tokens for the palette tests: the custom properties of src/styles/tokens.css,
 * light (:root) and dark (:root[data-theme='dark']), and Starlight's page background, which the
 * figures sit on.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../../', import.meta.url);

/** A file of the repository as text. */
export const readRepo = (path: string) => readFileSync(fileURLToPath(new URL(path, ROOT)), 'utf8');

/** The declarations of the first rule whose selector matches, as name → value (without the --). */
function block(css: string, selector: RegExp): Record<string, string> {
  const m = selector.exec(css);
  if (!m) throw new Error(`no rule for ${selector}`);
  const body = css.slice(m.index + m[0].length, css.indexOf('}', m.index));
  const out: Record<string, string> = {};
  for (const d of body.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) out[d[1]!] = d[2]!.trim();
  return out;
}

/** The tokens per theme; the dark theme inherits every token it does not set. */
export function tokens(): { light: Record<string, string>; dark: Record<string, string> } {
  const css = readRepo('src/styles/tokens.css');
  const light = block(css, /:root\s*\{/);
  const dark = { ...light, ...block(css, /:root\[data-theme='dark'\]\s*\{/) };
  return { light, dark };
}

/** hsl(h, s%, l%) → #rrggbb. */
export function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return `#${[f(0), f(8), f(4)].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('')}`;
}

/** Starlight's --sl-color-black (the page background, --sl-color-bg) in each theme, from its installed props.css. */
export function starlightBackground(): { light: string; dark: string } {
  const css = readRepo('node_modules/@astrojs/starlight/dist/style/props.css');
  const pick = (b: Record<string, string>) => {
    const m = /hsl\(\s*([\d.]+),\s*([\d.]+)%,\s*([\d.]+)%\s*\)/.exec(b['sl-color-black'] ?? '');
    if (!m) throw new Error('Starlight no longer spells --sl-color-black as hsl()');
    return hslToHex(Number(m[1]), Number(m[2]) / 100, Number(m[3]) / 100);
  };
  return { dark: pick(block(css, /:root,\s*::backdrop\s*\{/)), light: pick(block(css, /:root\[data-theme='light'\],\s*\[data-theme='light'\] ::backdrop\s*\{/)) };
}

/** A token's colour in one theme, following var(--fig-…) references (e.g. --fig-op-shortcut → --fig-residual). */
export function resolveToken(theme: Record<string, string>, name: string): string {
  const seen = new Set<string>();
  let value = theme[name];
  while (value !== undefined) {
    const ref = /^var\(--([\w-]+)\)$/.exec(value);
    if (!ref) return value;
    if (seen.has(ref[1]!)) break;
    seen.add(ref[1]!);
    value = theme[ref[1]!];
  }
  throw new Error(`--${name} has no colour`);
}

/** A stylesheet's rules as (selector, declarations) pairs, one per selector of a list; @media wrappers are looked through. */
export function cssRules(css: string): { selector: string; decls: Record<string, string> }[] {
  const out: { selector: string; decls: Record<string, string> }[] = [];
  for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const decls = Object.fromEntries([...m[2]!.matchAll(/([\w-]+)\s*:\s*([^;]+);?/g)].map((d) => [d[1]!, d[2]!.trim()]));
    for (const selector of m[1]!.split(',')) out.push({ selector: selector.trim(), decls });
  }
  return out;
}
