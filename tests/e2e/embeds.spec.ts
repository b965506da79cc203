import { expect, test, type Page } from '@playwright/test';
import { HEIGHT_MESSAGE, embedPath, embeddableFigures } from '../../src/lib/site/embeds';
import { figurePath } from '../../src/lib/site/figures';
import { builtPages } from '../../src/scripts/built-site.ts';

test('every registered figure, and nothing else, has an embed page', () => {
  const pages = builtPages().filter((path) => path.startsWith('/embed/'));
  expect(pages.sort()).toEqual(embeddableFigures().map((embed) => `/${embedPath(embed)}`).sort());
});

/** Hosts the embed in an iframe on a same-origin page (the site's 404), collecting the heights it posts in `window.heights`. */
async function hostEmbed(page: Page, src: string): Promise<void> {
  await page.goto('/no-such-page/');
  await page.setContent('<!doctype html><title>host</title><body></body>');
  await page.evaluate(
    ({ src, type }) => {
      const host = window as unknown as { heights: number[] };
      host.heights = [];
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width:800px;height:300px;border:0';
      addEventListener('message', (event) => {
        if (event.source === frame.contentWindow && event.data?.type === type) host.heights.push(event.data.height);
      });
      frame.src = src;
      document.body.append(frame);
    },
    { src, type: HEIGHT_MESSAGE },
  );
}

const heights = (page: Page) => page.evaluate(() => (window as unknown as { heights: number[] }).heights);

for (const embed of embeddableFigures()) {
  test(`the ${embed.name} embed shows the figure alone, tells its parent its whole height and follows resizes`, async ({ page }) => {
    await hostEmbed(page, `/${embedPath(embed)}`);
    await expect.poll(async () => (await heights(page)).at(-1) ?? 0).toBeGreaterThan(150);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator(`figure#${embed.id}`)).toBeVisible();
    await expect(frame.locator('header.header, nav.sidebar, site-search')).toHaveCount(0);
    await expect(frame.locator('h1')).toHaveText(embed.embed.title);
    await expect(frame.getByRole('link', { name: /Open in ResNet, Explained/ })).toHaveAttribute('href', `/${figurePath(embed)}`);
    // The whole document, body padding included: what the iframe needs to show it without a scrollbar.
    const documentHeight = () => page.locator('iframe').evaluate((el) => (el as HTMLIFrameElement).contentDocument!.documentElement.scrollHeight);
    await expect.poll(async () => Math.abs(((await heights(page)).at(-1) ?? 0) - (await documentHeight()))).toBeLessThanOrEqual(1);
    const first = (await heights(page)).at(-1)!;
    await page.locator('iframe').evaluate((el) => ((el as HTMLIFrameElement).style.width = '360px'));
    await expect.poll(async () => (await heights(page)).at(-1)).not.toBe(first);
  });

  // Only a figure with an island reads URL state (a static one's example state is empty, tests/unit/figures.test.ts).
  if (!embed.island) continue;
  test(`the ${embed.name} embed has a title of its own and reads the same URL state as its chapter`, async ({ page }) => {
    const art = async (path: string) => {
      await page.goto(path);
      const figure = page.locator(`figure#${embed.id}`);
      await figure.scrollIntoViewIfNeeded();
      await expect(figure).toHaveAttribute('data-hydrated', 'ready');
      // The state shows in the figure's controls; the art itself may still be updating (a
      // measurement can be running), so compare what the controls say.
      return figure
        .locator('.figure__controls')
        .evaluate((controls) =>
          [...controls.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')]
            .map((c) => `${c.name || c.id}=${c instanceof HTMLInputElement && (c.type === 'radio' || c.type === 'checkbox') ? c.checked : c.value}`)
            .join('&'),
        );
    };
    const stated = await art(`/${embedPath(embed)}?${embed.embed.exampleState}`);
    await expect(page).toHaveTitle(new RegExp(`^${escape(embed.embed.title)}`));
    expect(await art(`/chapters/${embed.chapter}/?${embed.embed.exampleState}`)).toBe(stated);
    expect(await art(`/${embedPath(embed)}`)).not.toBe(stated);
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
