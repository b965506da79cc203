/**
 * The practice page at work: `?q=` narrows it to some questions (and the address is corrected to
 * what it shows), a progress line counts the shown questions with an answer, and the page tools
 * start the timer, print, or download the answers as Markdown. Saved answers are put back by the
 * boxes' own entry script (practice-entry.ts, through answer-store.ts); this script only reads the
 * boxes, so it holds no storage code of its own but the timer's.
 */
import { parseQuestionQuery } from '~lib/practice/question-query';
import { replaceQuery } from '../replace-query';
import { startPracticeBoxes } from './practice-entry';
import { startQuizTimer } from './quiz-timer';

/** Shows only the questions `?q=` names; says what was dropped; rewrites the address to match. */
function applyQuery(page: HTMLElement, items: readonly HTMLElement[]): void {
  const params = new URLSearchParams(location.search);
  const given = params.getAll('q');
  const { questions, canonical, note } = parseQuestionQuery(given);
  for (const item of items) item.hidden = !questions.includes(Number(item.dataset.practiceItem));
  const noteLine = page.querySelector<HTMLElement>('[data-practice-query-note]')!;
  noteLine.hidden = note === null;
  // Text only: the note echoes part of the address.
  noteLine.textContent = note ?? '';
  const same = canonical === null ? given.length === 0 : given.length === 1 && given[0] === canonical;
  if (same) return;
  params.delete('q');
  // Commas stay commas (URLSearchParams would write %2C), so the address reads as a teacher wrote it.
  replaceQuery([params.toString(), canonical === null ? '' : `q=${canonical}`].filter(Boolean).join('&'));
}

/** "3 of 4 answered", over the shown questions, kept in step with typing and with "Clear". */
function trackProgress(page: HTMLElement, shown: readonly HTMLElement[]): void {
  const line = page.querySelector<HTMLElement>('[data-practice-progress]')!;
  const update = () => {
    const answered = shown.filter((item) => item.querySelector<HTMLTextAreaElement>('[data-practice-answer]')!.value.trim() !== '').length;
    line.textContent = `${answered} of ${shown.length} answered`;
  };
  update();
  // Typing, and "Clear" (which fires the same event), change what counts.
  page.addEventListener('input', update);
}

export function startPracticePage(): void {
  const page = document.querySelector<HTMLElement>('[data-practice-page]');
  if (!page) return;
  const items = [...page.querySelectorAll<HTMLElement>('[data-practice-item]')];
  applyQuery(page, items);
  // Idempotent: makes sure every box has its saved answer back before the progress line counts.
  startPracticeBoxes();
  const shown = items.filter((item) => !item.hidden);
  trackProgress(page, shown);
  startQuizTimer(page.querySelector<HTMLElement>('[data-quiz-timer]')!, page.dataset.base ?? '/');

  const status = page.querySelector<HTMLElement>('[data-practice-tools-status]')!;
  page.querySelector('[data-practice-print]')!.addEventListener('click', () => window.print());
  page.querySelector('[data-practice-download]')!.addEventListener('click', () => {
    import('./practice-download')
      .then((m) => {
        const file = m.downloadAnswers(shown);
        status.textContent = `Your answers were saved as ${file}.`;
      })
      .catch(() => {
        status.textContent = 'The download could not be prepared; “Print my answers” still works.';
      });
  });
  page.dataset.practicePage = 'ready';
}
