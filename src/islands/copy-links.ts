/**
 * "Copy link to …" buttons for the anchors a course links to. Each section heading gets one
 * beside Starlight's anchor link; each build-time link icon (`a.copy-link` on numbered equations,
 * figures and paper tables) is replaced by one. A click copies the absolute URL (a figure's
 * includes the page's query, i.e. its current state) and says so in a polite live region.
 */
export function enhanceCopyLinks(root: ParentNode = document): void {
  const status = liveRegion();
  for (const anchor of root.querySelectorAll('.sl-markdown-content .sl-heading-wrapper > .sl-anchor-link')) {
    const heading = anchor.previousElementSibling;
    if (!heading?.id || anchor.nextElementSibling?.classList.contains('copy-link')) continue;
    anchor.after(copyButton(heading.id, `section: ${heading.textContent?.trim()}`, status));
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a.copy-link[href^="#"]')) {
    link.replaceWith(copyButton(link.getAttribute('href')!.slice(1), link.dataset.copyLabel ?? '', status));
  }
}

function copyButton(id: string, label: string, status: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.setAttribute('aria-label', `Copy link to ${label}`);
  button.addEventListener('click', async () => {
    const target = document.getElementById(id);
    const query = target?.matches('figure') ? location.search : '';
    const url = `${location.origin}${location.pathname}${query}#${id}`;
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = `Link copied: ${url}`;
    } catch {
      // No clipboard (an insecure origin, a refused permission): show the address instead.
      history.replaceState(history.state, '', url);
      status.textContent = `Copying is not available here; the address bar now shows the link: ${url}`;
    }
    button.dataset.copied = '';
    setTimeout(() => delete button.dataset.copied, 2000);
  });
  return button;
}

function liveRegion(): HTMLElement {
  const region = document.createElement('p');
  region.className = 'sr-only copy-link-status';
  region.setAttribute('role', 'status');
  (document.querySelector('main') ?? document.body).append(region);
  return region;
}
