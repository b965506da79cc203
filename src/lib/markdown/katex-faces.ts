/**
 * Which KaTeX font face ("KaTeX_Main-Bold") each part of typeset math is drawn in, read from
 * KaTeX's own stylesheet rather than retyped: the rules that set font-family, font-weight or
 * font-style, applied to rendered math with a real selector engine and CSS's inheritance.
 * rehype-math-fonts.ts uses it to preload a page's faces; the browser test font-budget.spec.ts
 * checks the result against the faces the browser actually loads.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { selectAll } from 'hast-util-select';
import type { Element, Root } from 'hast';

interface FontRule {
  selector: string;
  specificity: number;
  order: number;
  family?: string;
  weight?: string;
  style?: string;
}

type Prop = 'family' | 'weight' | 'style';
const PROPS: readonly Prop[] = ['family', 'weight', 'style'];

/** Classes and elements only occur in KaTeX's selectors: (classes, type selectors) as one number. */
function specificityOf(selector: string): number {
  const classes = selector.match(/\.[\w-]+/g)?.length ?? 0;
  const types = selector.replace(/\.[\w-]+/g, ' ').match(/(^|[\s>+~])[a-z][\w-]*/gi)?.length ?? 0;
  return classes * 100 + types;
}

function parseRules(css: string): FontRule[] {
  const rules: FontRule[] = [];
  let order = 0;
  postcss.parse(css).walkRules((rule) => {
    if (rule.parent?.type === 'atrule') return; // @font-face, @media print
    const found: Partial<Record<Prop, string>> = {};
    rule.walkDecls((decl) => {
      const value = decl.value.trim();
      if (decl.prop === 'font-family') found.family = value.split(',')[0]!.trim().replace(/^["']|["']$/g, '');
      else if (decl.prop === 'font-weight') found.weight = value;
      else if (decl.prop === 'font-style') found.style = value;
      else if (decl.prop === 'font') {
        // The root rule's shorthand (".katex { font: normal 1.21em KaTeX_Main, … }"): it resets
        // weight and style, and names the family after the size.
        const family = /\d(?:\.\d+)?(?:em|px|rem|%)\s+([^,]+)/.exec(value)?.[1];
        if (family) Object.assign(found, { family: family.trim(), weight: 'normal', style: 'normal' });
      }
    });
    if (!Object.keys(found).length) return;
    for (const selector of rule.selectors) {
      order += 1;
      rules.push({ selector, specificity: specificityOf(selector), order, ...found });
    }
  });
  return rules;
}

let cached: FontRule[] | undefined;
function katexRules(): FontRule[] {
  const file = createRequire(import.meta.url).resolve('katex/dist/katex.css');
  return (cached ??= parseRules(readFileSync(file, 'utf8')));
}

/** "KaTeX_Main" + bold + italic → "KaTeX_Main-BoldItalic", the way KaTeX names its font files. */
function faceName(family: string, weight: string, style: string): string {
  const bold = weight === 'bold' || Number(weight) >= 600 ? 'Bold' : '';
  const italic = style === 'italic' ? 'Italic' : '';
  return `${family}-${bold + italic || 'Regular'}`;
}

type Declared = Map<Element, Partial<Record<Prop, { value: string; rank: [number, number] }>>>;

/** The winning declaration of each property on each element the rules match (specificity, then order). */
function declared(tree: Root, rules: readonly FontRule[]): Declared {
  const out: Declared = new Map();
  for (const rule of rules) {
    for (const node of selectAll(rule.selector, tree)) {
      const own = out.get(node) ?? {};
      for (const prop of PROPS) {
        const value = rule[prop];
        if (value === undefined) continue;
        const prev = own[prop];
        const rank: [number, number] = [rule.specificity, rule.order];
        if (!prev || prev.rank[0] < rank[0] || (prev.rank[0] === rank[0] && prev.rank[1] < rank[1])) own[prop] = { value, rank };
      }
      out.set(node, own);
    }
  }
  return out;
}

const hasClass = (node: Element, name: string) => {
  const c = node.properties.className;
  return Array.isArray(c) && c.includes(name);
};

/** The KaTeX faces that visible text in `tree`'s typeset math (KaTeX's HTML, not its MathML) is set in, sorted. */
export function katexFaces(tree: Root): string[] {
  const decls = declared(tree, katexRules());
  const faces = new Set<string>();
  const walk = (node: Element, inherited: Record<Prop, string>) => {
    const own = decls.get(node);
    const here = { ...inherited };
    for (const prop of PROPS) if (own?.[prop]) here[prop] = own[prop]!.value;
    for (const child of node.children) {
      if (child.type === 'text' && child.value.trim() && here.family.startsWith('KaTeX_')) faces.add(faceName(here.family, here.weight, here.style));
      else if (child.type === 'element') walk(child, here);
    }
  };
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      // Start at each .katex root (its own rule gives family, weight and style), then read its HTML part only.
      if (hasClass(child, 'katex')) {
        const base = { family: '', weight: 'normal', style: 'normal' };
        const own = decls.get(child);
        for (const prop of PROPS) if (own?.[prop]) base[prop] = own[prop]!.value;
        for (const part of child.children) if (part.type === 'element' && hasClass(part, 'katex-html')) walk(part, base);
      } else visit(child);
    }
  };
  visit(tree);
  return [...faces].sort();
}
