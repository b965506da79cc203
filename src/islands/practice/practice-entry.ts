/**
 * The practice boxes' first script, small enough for every chapter's first load: it puts a saved
 * answer back in its box and shows the buttons; the rest (practice-box.ts) loads when the reader
 * first focuses, clicks or types in a box.
 */
import { openAnswerStore } from './answer-store';

type Action = 'compare' | 'clear' | null;

export function startPracticeBoxes(): void {
  for (const box of document.querySelectorAll<HTMLElement>('.practice[data-question]:not([data-practice])')) {
    const question = Number(box.dataset.question);
    const store = openAnswerStore(box.dataset.base ?? '/');
    const saved = store.read(question);
    const answer = box.querySelector<HTMLTextAreaElement>('[data-practice-answer]')!;
    if (saved.answer && !answer.value) answer.value = saved.answer;
    for (const input of box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const ticked = input.closest('[data-rubric-point]') ? saved.points : saved.mistakes;
      if (ticked.includes(input.value)) input.checked = true;
    }
    if (!store.persistent)
      box.querySelector('[data-practice-kept]')!.textContent =
        'This browser will not keep your answer (storage is unavailable): it stays only while this page is open.';
    box.dataset.practice = 'waiting';
    // On paper the answer prints as text: a text box would show only its first lines.
    window.addEventListener('beforeprint', () => {
      box.querySelector('[data-practice-printed]')!.textContent = answer.value;
    });

    let loading: Promise<void> | undefined;
    const start = (action: Action) => {
      loading ??= import('./practice-box')
        .then((m) => m.activatePracticeBox(box, store))
        .then((controller) => {
          box.addEventListener('practice:action', (event) => controller.run((event as CustomEvent<Action>).detail));
        })
        .catch(() => {
          box.dataset.practice = 'failed';
          box.querySelector('[data-practice-status]')!.textContent =
            'The rubric tools could not load; the rubric below still opens, and you can tick it by hand.';
        });
      void loading.then(() => action && box.dispatchEvent(new CustomEvent('practice:action', { detail: action })));
    };
    box.addEventListener('focusin', () => start(null), { once: true });
    box.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      const action: Action = button?.hasAttribute('data-practice-compare') ? 'compare' : button?.hasAttribute('data-practice-clear') ? 'clear' : null;
      if (action) start(action);
    });
  }
}
