/**
 * A chapter's short answer folds behind "Show our answer" while the reader practises, so that
 * they write their own first. Only a page with a short answer (a chapter) and only its own
 * practice box do this; the build renders the fold's button hidden, so without JavaScript the
 * short answer simply reads as text.
 */
const parts = () => ({
  body: document.querySelector<HTMLElement>('[data-short-answer]'),
  fold: document.querySelector<HTMLElement>('[data-short-answer-fold]'),
});

export function foldShortAnswer(box: HTMLElement): void {
  const { body, fold } = parts();
  if (!body || !fold || !box.hasAttribute('data-own-chapter') || body.dataset.shown === 'true') return;
  body.dataset.folded = '';
  fold.hidden = false;
  fold.querySelector('button')!.addEventListener('click', () => showShortAnswer(box, true), { once: true });
}

export function showShortAnswer(box: HTMLElement, moveFocus = false): void {
  const { body, fold } = parts();
  if (!body || !fold || !box.hasAttribute('data-own-chapter')) return;
  delete body.dataset.folded;
  body.dataset.shown = 'true';
  const hadFocus = fold.contains(document.activeElement);
  fold.hidden = true;
  if (moveFocus || hadFocus) {
    body.tabIndex = -1;
    body.focus();
  }
}
