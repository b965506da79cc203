import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const SNAPSHOTS = new URL('../figures/__snapshots__/', import.meta.url);

/**
 * SVG markup laid out one element per line, indented by nesting, so that a snapshot diff
 * reads element by element. An element that is empty or holds only text stays on one line.
 */
export function prettySvg(markup: string): string {
  const tokens = markup.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const pad = '  '.repeat(depth);
    if (token.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      lines.push('  '.repeat(depth) + token);
    } else if (token.startsWith('<')) {
      const selfClosing = token.endsWith('/>') || token.startsWith('<!') || token.startsWith('<?');
      const text = tokens[i + 1];
      const close = tokens[i + 2];
      if (!selfClosing && text?.startsWith('</')) {
        lines.push(pad + token + text);
        i += 1;
      } else if (!selfClosing && text !== undefined && !text.startsWith('<') && close?.startsWith('</')) {
        lines.push(pad + token + text + close);
        i += 2;
      } else {
        lines.push(pad + token);
        if (!selfClosing) depth++;
      }
    } else if (token.trim()) {
      lines.push(pad + token.trim());
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Compares SVG markup, pretty-printed, with tests/figures/__snapshots__/<name>.svg. */
export async function expectSvgSnapshot(markup: string, name: string): Promise<void> {
  await expect(prettySvg(markup)).toMatchFileSnapshot(fileURLToPath(new URL(`${name}.svg`, SNAPSHOTS)));
}
