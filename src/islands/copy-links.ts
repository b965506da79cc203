/**
 * "Copy link to …" buttons for the anchors a course links to. Each section heading has one beside
 * Starlight's anchor link, rendered by the build (components/starlight/MarkdownContent.astro) and
 * invisible until this script marks the page ready: revealing them then repaints those buttons
 * alone, where inserting them made the browser restyle and repaint the whole page (a long task on
 * the maths-heavy chapters). Each build-time link icon (`a.copy-link` on numbered equations,
 * figures and paper tables) is replaced by a button here. A click copies the absolute URL (a
 * figure's includes the page's query, i.e. its current state) and says so in a polite live region.
 */
export function enhanceCopyLinks(root: ParentNode = document): void {
  const status = document.querySelector<HTMLElement>('.copy-link-status') ?? liveRegion();
  // A page the build did not give heading buttons (none today): add them here.
  for (const anchor of root.querySelectorAll('.sl-markdown-content .sl-heading-wrapper > .sl-anchor-link')) {
    const heading = anchor.previousElementSibling;
    if (!heading?.id || anchor.nextElementSibling?.classList.contains('copy-link')) continue;
    anchor.after(copyButton(heading.id, `section: ${heading.textContent?.trim()}`));
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a.copy-link[href^="#"]')) {
    link.replaceWith(copyButton(link.getAttribute('href')!.slice(1), link.dataset.copyLabel ?? ''));
  }
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.copy-link[data-copy-id]');
    if (button) void copy(button, status);
  });
  document.documentElement.dataset.copyLinks = 'ready';
}

async function copy(button: HTMLButtonElement, status: HTMLElement): Promise<void> {
  const id = button.dataset.copyId!;
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
}

function copyButton(id: string, label: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.dataset.copyId = id;
  button.setAttribute('aria-label', `Copy link to ${label}`);
  return button;
}

function liveRegion(): HTMLElement {
  const region = document.createElement('p');
  region.className = 'sr-only copy-link-status';
  region.setAttribute('role', 'status');
  (document.querySelector('main') ?? document.body).append(region);
  return region;
}
