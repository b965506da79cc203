import katex from 'katex';
import type { Parent, Root } from 'mdast';
import type { InlineMath, Math as MathNode } from 'mdast-util-math';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { equationAnchor, parseEquationLabel, type EquationLabel } from './equation-label';

/** Options shared by the validator here and rehype-katex, so both see the same macros. */
export const katexOptions = { strict: 'error' as const, trust: false };

/**
 * Remark plugin: checks every `$…$` and `$$…$$` with KaTeX (a TeX error fails the build
 * with the file and line, so it can never reach a page) and turns a display block opened
 * with a label, e.g. `$$ p2-eq-4`, into a numbered equation with the anchor `#p2-eq-4`.
 */
export function remarkEquations() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'math' && node.type !== 'inlineMath') return;
      const math = node as MathNode | InlineMath;
      checkTex(math, file);
      if (math.type !== 'math' || !math.meta || !parent || index === undefined) return;
      const label = parseEquationLabel(math.meta);
      if (!label) {
        file.fail(`Equation label "${math.meta}" is not of the form p1-eq-1 or p2-eq-4`, math);
      }
      math.value = `${math.value}\n\\tag*{${label.paper} (${label.number})}`;
      // remark-math builds the HTML child at parse time; rebuild it so rehype-katex sees the tag.
      math.data = {
        ...math.data,
        hChildren: [
          {
            type: 'element',
            tagName: 'code',
            properties: { className: ['language-math', 'math-display'] },
            children: [{ type: 'text', value: math.value }],
          },
        ],
      };
      const wrapper = {
        type: 'numberedEquation',
        data: {
          hName: 'div',
          hProperties: {
            id: equationAnchor(label),
            className: ['equation'],
            dataPaper: label.paper,
            dataEquation: String(label.number),
          },
        },
        children: [math, linkToEquation(label)],
      };
      (parent as Parent).children[index] = wrapper as unknown as MathNode;
      return SKIP;
    });
  };
}

/**
 * A link icon to the equation's own anchor, so a course can take the address; the copy-links
 * script upgrades it to a "Copy link to …" button. An mdast node that only carries its HTML.
 */
function linkToEquation(label: EquationLabel) {
  const name = `${label.paper} eq. (${label.number})`;
  return {
    type: 'equationLink',
    data: {
      hName: 'a',
      hProperties: {
        href: `#${equationAnchor(label)}`,
        className: ['copy-link'],
        ariaLabel: `Link to ${name}`,
        dataCopyLabel: name,
      },
    },
    children: [],
  };
}

function checkTex(node: MathNode | InlineMath, file: VFile): void {
  try {
    katex.renderToString(node.value, {
      ...katexOptions,
      displayMode: node.type === 'math',
      throwOnError: true,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    file.fail(`TeX error in ${node.type === 'math' ? 'display' : 'inline'} math: ${reason}`, node);
  }
}
