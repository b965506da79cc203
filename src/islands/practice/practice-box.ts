/**
 * A practice box at work: saves the answer and the ticks as the reader goes, folds the chapter's
 * short answer while they practise, and on "Compare with the rubric" opens the rubric, pre-marks
 * (as a labelled hint, never a grade) the points and mistakes whose key terms the answer uses,
 * and keeps the score and the "read up on" links in step with the ticks. Answer text only ever
 * goes into form values and text nodes, never into HTML.
 */
import { hintFor } from '~lib/practice/hint';
import { rubricFor } from '~lib/practice/rubrics';
import { scoreText, scoreTicks } from '~lib/practice/score';
import type { SavedAnswer } from '~lib/practice/saved-answer';
import type { AnswerStore } from './answer-store';
import { foldShortAnswer, showShortAnswer } from './short-answer-fold';

export interface PracticeController {
  run(action: 'compare' | 'clear' | null): void;
}

const SAVE_DELAY_MS = 400;

export function activatePracticeBox(box: HTMLElement, store: AnswerStore): PracticeController {
  const question = Number(box.dataset.question);
  const rubric = rubricFor(question);
  const find = <T extends Element>(selector: string) => box.querySelector<T>(selector)!;
  const answer = find<HTMLTextAreaElement>('[data-practice-answer]');
  const status = find<HTMLElement>('[data-practice-status]');
  const details = find<HTMLDetailsElement>('[data-practice-rubric]');
  const hint = find<HTMLElement>('[data-practice-hint]');
  const score = find<HTMLElement>('[data-practice-score]');
  const missed = find<HTMLElement>('[data-practice-missed]');
  const boxes = (kind: 'data-rubric-point' | 'data-mistake') => [...box.querySelectorAll<HTMLInputElement>(`[${kind}] input[type="checkbox"]`)];
  const ticked = (kind: 'data-rubric-point' | 'data-mistake') =>
    boxes(kind)
      .filter((input) => input.checked)
      .map((input) => input.value);
  let compared = store.read(question).compared;

  const current = (): SavedAnswer => ({ answer: answer.value, points: ticked('data-rubric-point'), mistakes: ticked('data-mistake'), compared });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let warned = false;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!store.write(question, current()) && !warned) {
      warned = true;
      find('[data-practice-kept]').textContent =
        'This browser will not keep your answer (storage is unavailable or full): it stays only while this page is open.';
    }
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };

  const showScore = () => {
    if (!compared) return;
    const result = scoreTicks(rubric, ticked('data-rubric-point'));
    score.hidden = false;
    score.textContent = `Your score: ${scoreText(result)} (your own marking).`;
    missed.replaceChildren();
    missed.hidden = result.missed.length === 0;
    if (result.missed.length === 0) return;
    const intro = document.createElement('p');
    intro.textContent = 'Read up on the points you missed:';
    const list = document.createElement('ul');
    // One link per section, however many missed points it explains.
    const listed = new Set<string>();
    for (const point of result.missed) {
      const read = box.querySelector(`[data-rubric-point="${CSS.escape(point.id)}"] .practice__read`)!;
      const href = read.getAttribute('href')!;
      if (listed.has(href)) continue;
      listed.add(href);
      const link = document.createElement('a');
      link.href = href;
      link.textContent = read.textContent;
      const item = document.createElement('li');
      item.append(link);
      list.append(item);
    }
    missed.append(intro, list);
  };

  const compare = () => {
    compared = true;
    details.open = true;
    const found = hintFor(rubric, answer.value);
    const fresh = ticked('data-rubric-point').length === 0 && ticked('data-mistake').length === 0;
    for (const input of boxes('data-rubric-point')) input.closest('li')!.toggleAttribute('data-hinted', found.points.includes(input.value));
    for (const input of boxes('data-mistake')) input.closest('li')!.toggleAttribute('data-hinted', found.mistakes.includes(input.value));
    if (fresh) {
      for (const input of boxes('data-rubric-point')) input.checked = found.points.includes(input.value);
      for (const input of boxes('data-mistake')) input.checked = found.mistakes.includes(input.value);
    }
    hint.hidden = false;
    hint.textContent =
      `Hint, not a grade: your answer uses the key terms of ${found.points.length} of ${rubric.points.length} points` +
      (found.mistakes.length ? ` and of ${found.mistakes.length} common mistake${found.mistakes.length === 1 ? '' : 's'}` : '') +
      (fresh ? ', so those are pre-ticked.' : '.') +
      ' Read each point and set the ticks to what your answer really says.';
    showShortAnswer(box);
    showScore();
    save();
    status.textContent = 'The rubric is open below your answer.';
  };

  const clear = () => {
    answer.value = '';
    // As if the reader had deleted it: whatever follows the text (the practice page's count) hears of it.
    answer.dispatchEvent(new Event('input', { bubbles: true }));
    for (const input of [...boxes('data-rubric-point'), ...boxes('data-mistake')]) {
      input.checked = false;
      input.closest('li')!.removeAttribute('data-hinted');
    }
    compared = false;
    hint.hidden = true;
    score.hidden = true;
    missed.hidden = true;
    save();
    status.textContent = 'Your answer and ticks are cleared.';
    answer.focus();
  };

  answer.addEventListener('input', saveSoon);
  box.addEventListener('change', (event) => {
    if ((event.target as Element).matches('input[type="checkbox"]')) {
      showScore();
      save();
    }
  });
  window.addEventListener('pagehide', () => timer !== undefined && save());
  // Typing may have begun while this code loaded.
  if (answer.value !== store.read(question).answer) save();
  if (!compared) foldShortAnswer(box);
  showScore();
  box.dataset.practice = 'ready';
  return {
    run(action) {
      if (action === 'compare') compare();
      else if (action === 'clear') clear();
    },
  };
}
