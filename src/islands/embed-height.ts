import { HEIGHT_MESSAGE } from '~lib/site/embeds';

/**
 * Tells the page that embeds this one how tall the content is, on load and whenever it changes
 * size (controls appearing, a lab adding rows), so the parent can size its iframe to fit.
 */
export function reportHeight(content: HTMLElement): void {
  if (window.parent === window) return;
  let last = -1;
  const send = () => {
    const style = getComputedStyle(document.body);
    const height = Math.ceil(content.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(send).observe(content);
  window.addEventListener('load', send);
  send();
}
