/**
 * Puts a figure's state in the address without a new history entry: the page's path, then `query`
 * (no `?` when it is empty), then the hash, so "copy link" and a reload reproduce the figure.
 */
export function replaceQuery(query: string): void {
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}
