import type { SvgNode } from './svg';
import { attr } from './svg';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates DOM nodes for a scene (browser only). HTML-namespace tags are not expected here. */
export function toDom(node: SvgNode | string, doc: Document = document): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const el = doc.createElementNS(SVG_NS, node.tag);
  for (const [key, value] of Object.entries(node.attrs)) {
    if (value !== undefined) el.setAttribute(key, attr(value));
  }
  for (const child of node.children) el.appendChild(toDom(child, doc));
  return el;
}

/** Replaces whatever the host holds with the scene: the browser half of "same code, two outputs". */
export function renderInto(host: Element, scene: SvgNode): void {
  host.replaceChildren(toDom(scene, host.ownerDocument));
}
