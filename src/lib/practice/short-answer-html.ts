/**
 * Wraps a chapter's "Short answer" section (everything between its heading and the next h2) so
 * that the practice box can fold it while the reader writes their own, with the hidden "Show our
 * answer" button in front of it. The HTML is the chapter as rendered; a page without the section
 * comes back unchanged.
 */
const HEADING = '<h2 id="short-answer">';
const NEXT_SECTION = '<div class="sl-heading-wrapper level-h2">';

export const FOLD_BUTTON_TEXT = 'Show our answer';

export function wrapShortAnswer(html: string): string {
  const heading = html.indexOf(HEADING);
  if (heading < 0) return html;
  // The heading's wrapper (heading, anchor link, copy button) holds no other <div>.
  const wrapperEnd = html.indexOf('</div>', heading);
  if (wrapperEnd < 0) return html;
  const bodyStart = wrapperEnd + '</div>'.length;
  const next = html.indexOf(NEXT_SECTION, bodyStart);
  const bodyEnd = next < 0 ? html.length : next;
  return (
    html.slice(0, bodyStart) +
    `<p class="short-answer-fold" data-short-answer-fold hidden><button type="button" class="text-button">${FOLD_BUTTON_TEXT}</button> It is folded while you practise.</p>` +
    `<div class="short-answer" data-short-answer>${html.slice(bodyStart, bodyEnd)}</div>` +
    html.slice(bodyEnd)
  );
}
