import type { Page } from '@playwright/test';
import { READER_NETS_KEY } from '../../src/islands/later-work/reader-nets';

/** Put a saved training-lab run (its text form, or any text) in the tab's session storage before the page loads. */
export async function saveReaderRun(page: Page, text: string): Promise<void> {
  await page.addInitScript(([key, value]) => sessionStorage.setItem(key!, value!), [READER_NETS_KEY, text]);
}
