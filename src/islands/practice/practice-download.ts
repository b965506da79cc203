/**
 * "Download as Markdown": the shown questions, each with the reader's answer as it is in its box
 * (the freshest copy: the store may be a keystroke behind) and the ticks, as a .md file made in
 * the browser. Loaded on the first click: it brings the rubrics and the paper tables with it.
 */
import { answersMarkdown, type MarkdownQuestion } from '~lib/practice/answers-markdown';
import { rubricFor } from '~lib/practice/rubrics';

export const FILE_NAME = 'resnet-explained-practice.md';

function fromBox(item: HTMLElement): MarkdownQuestion {
  const ticked = (kind: string) => [...item.querySelectorAll<HTMLInputElement>(`[${kind}] input[type="checkbox"]:checked`)].map((input) => input.value);
  return {
    rubric: rubricFor(Number(item.dataset.practiceItem)),
    question: item.dataset.questionText ?? '',
    saved: {
      answer: item.querySelector<HTMLTextAreaElement>('[data-practice-answer]')!.value,
      points: ticked('data-rubric-point'),
      mistakes: ticked('data-mistake'),
      compared: true,
    },
  };
}

/** Builds the file and hands it to the browser as a download; returns its name. */
export function downloadAnswers(items: readonly HTMLElement[]): string {
  const text = answersMarkdown(items.map(fromBox), { date: new Date().toISOString().slice(0, 10), source: location.href });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = FILE_NAME;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the file once the click is handled; the URL is freed a little later, as
  // revoking it at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return FILE_NAME;
}
