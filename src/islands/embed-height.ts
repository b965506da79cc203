import { HEIGHT_MESSAGE } from '~lib/site/embeds';

/**
 * Tells the page that embeds this one how tall the document is, on load and whenever it changes
 * size (controls appearing, a lab adding rows), so the parent can size its iframe to fit. The
 * height is the body's border box (its padding included) plus its margins, measured at most once
 * per animation frame, so a burst of layout changes posts one settled value instead of many.
 */
export function reportHeight(content: HTMLElement): void {
  if (window.parent === window) return;
  const body = content.ownerDocument.body;
  let last = -1;
  let frame = 0;
  const measure = () => {
    frame = 0;
    const style = getComputedStyle(body);
    const height = Math.ceil(body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  const send = () => {
    if (!frame) frame = requestAnimationFrame(measure);
  };
  new ResizeObserver(send).observe(body);
  window.addEventListener('load', send);
  send();
}
