/**
 * The instructors' practice-link form: the link follows the ticked questions as
 * `<origin><base>practice/?q=2,5` (quiz order, commas as a teacher would type them), and "Copy the
 * link" puts it on the clipboard, or says where to copy it from when the browser has no clipboard.
 */
export function startPracticeLinkForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-practice-link-form]');
  if (!form) return;
  const link = form.querySelector<HTMLAnchorElement>('[data-practice-link]')!;
  const status = form.querySelector<HTMLElement>('[data-practice-link-status]')!;
  const practice = form.getAttribute('action')!;
  const update = () => {
    const ticked = [...form.querySelectorAll<HTMLInputElement>('input[name="q"]:checked')].map((input) => Number(input.value)).sort((a, b) => a - b);
    const path = ticked.length > 0 ? `${practice}?q=${ticked.join(',')}` : practice;
    link.href = path;
    link.textContent = `${location.origin}${path}`;
  };
  form.addEventListener('change', update);
  form.querySelector('[data-practice-link-copy]')!.addEventListener('click', () => {
    navigator.clipboard.writeText(link.href).then(
      () => (status.textContent = `Link copied: ${link.href}`),
      () => (status.textContent = 'Copying is not available here; copy the link above instead.'),
    );
  });
  update();
  form.dataset.ready = '';
}
