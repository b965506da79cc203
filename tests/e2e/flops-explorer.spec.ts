import { expect, test, type Locator, type Page } from '@playwright/test';
import { buildNetwork, stageBreakdown } from '../../src/lib/arch';
import { NETWORKS } from '../../src/lib/arch/registry';
import { formatMacs } from '../../src/viz/cost-format';

const CHAPTER = '/chapters/flops-vs-vgg/';
const explorer = (page: Page) => page.locator('#fig-flops-explorer');
// The picker is a select in the figure panel (it was a radio group): the chosen option names the network.
const picker = (page: Page) => explorer(page).getByRole('combobox', { name: `Network beside ${NETWORKS.vgg19.label}` });
async function expectChosen(page: Page, key: keyof typeof NETWORKS): Promise<void> {
  await expect(picker(page)).toHaveValue(key);
  await expect(picker(page).locator('option:checked')).toHaveText(NETWORKS[key].label);
}
const stageCount = (key: keyof typeof NETWORKS) => stageBreakdown(buildNetwork(key)).length;

/** Goes to the chapter with a query, jumps to the figure and waits until the island has taken over. */
async function openExplorer(page: Page, query = ''): Promise<void> {
  await page.goto(`${CHAPTER}${query}#fig-flops-explorer`);
  await expect(explorer(page)).toHaveAttribute('data-hydrated', 'ready');
}

test('the explorer loads its code only when it is scrolled near the viewport', async ({ page }) => {
  const islandRequests: string[] = [];
  page.on('request', (request) => {
    if (/flops-explorer/.test(new URL(request.url()).pathname)) islandRequests.push(request.url());
  });
  await page.goto(CHAPTER);
  await page.waitForLoadState('networkidle');
  const figure = explorer(page);
  expect(await figure.getAttribute('data-hydrated')).toBeNull();
  await expect(figure.locator('.fx-picker')).toHaveCount(0);
  expect(islandRequests).toEqual([]);

  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', 'ready');
  await expectChosen(page, 'resnet34');
  expect(islandRequests.length).toBeGreaterThan(0);
});

test('choosing a network with the keyboard updates the totals, the chart, the table and the URL', async ({ page }) => {
  await openExplorer(page);
  const figure = explorer(page);
  await picker(page).focus();
  await page.keyboard.press('ArrowDown');
  await expectChosen(page, 'resnet50');

  const total = figure.locator('tr[data-model="resnet50"]:not([data-stage])');
  const macs = Number(await total.getAttribute('data-flops'));
  const stageMacs = await figure
    .locator('tr[data-model="resnet50"][data-stage]')
    .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-flops'))));
  expect(stageMacs).toHaveLength(stageCount('resnet50'));
  expect(stageMacs.reduce((a, b) => a + b, 0)).toBe(macs);
  await expect(figure.locator('tr[data-model="resnet34"][data-stage]')).toHaveCount(0);
  await expect(figure.locator('tr[data-model="vgg19"][data-stage]')).toHaveCount(stageCount('vgg19'));

  await expect(figure.locator('.fx-readout')).toContainText(`${NETWORKS.resnet50.label}: ${formatMacs(macs)}`);
  await expect(figure.locator('.figure__art .flops__header[data-model="resnet50"]')).toContainText(formatMacs(macs));
  await expect(figure.locator('.figure__status')).toContainText(NETWORKS.resnet50.label);
  await expect(page).toHaveURL(/[?&]fx-model=resnet50(&|#|$)/);
});

test('?fx-model=resnet152 selects ResNet-152 on load', async ({ page }) => {
  await openExplorer(page, '?fx-model=resnet152');
  const figure = explorer(page);
  await expectChosen(page, 'resnet152');
  await expect(figure.locator('tr[data-model="resnet152"][data-stage]')).toHaveCount(stageCount('resnet152'));
  await expect(figure.locator('.figure__art .flops__header[data-model="resnet152"]')).toHaveCount(1);
  await expect(figure.locator('.fx-note')).toBeHidden();
});

test('a garbage fx-model falls back to ResNet-34 and says so visibly', async ({ page }) => {
  await openExplorer(page, '?fx-model=alexnet-9000');
  const figure = explorer(page);
  await expectChosen(page, 'resnet34');
  await expect(figure.locator('tr[data-model="resnet34"][data-stage]')).toHaveCount(stageCount('resnet34'));
  const note = figure.locator('.fx-note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('alexnet-9000');
  await expect(note).toContainText(NETWORKS.resnet34.label);
  await expect(page).toHaveURL(/[?&]fx-model=resnet34(&|#|$)/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // The build ships a narrow and a wide drawing of each chart (src/viz/layout.ts); CSS shows the one that fits.
  const shown = (figure: Locator) => figure.locator('.figure__art svg[role="img"]').filter({ visible: true });

  test('the explorer and the stem comparison show their static charts and data tables', async ({ page }) => {
    await page.goto(CHAPTER);
    const figure = explorer(page);
    await expect(shown(figure)).toHaveCount(1);
    await expect(shown(figure).locator('title')).toContainText(NETWORKS.vgg19.label);
    await expect(figure.locator('.figure__art .feature-map')).not.toHaveCount(0);
    await expect(figure.locator('tr[data-model="vgg19"][data-stage]')).toHaveCount(stageCount('vgg19'));
    await expect(figure.locator('tr[data-model="resnet34"][data-stage]')).toHaveCount(stageCount('resnet34'));
    await expect(figure.locator('tr[data-model="resnet152"]:not([data-stage])')).toHaveCount(1);
    await expect(figure.locator('.fx-picker')).toHaveCount(0);

    const stem = page.locator('#fig-stem-comparison');
    await expect(shown(stem)).toHaveCount(2);
    await expect(stem.locator('tr[data-model="resnet34-stride1-stem"][data-stage]')).toHaveCount(stageCount('resnet34'));
  });

  test('the shortcut-cost and block-cost figures show their static charts and data tables', async ({ page }) => {
    await page.goto('/chapters/shortcut-connections/');
    const shortcut = page.locator('#fig-shortcut-params');
    await expect(shown(shortcut)).toHaveCount(1);
    await expect(shortcut.locator('tr[data-model][data-flops][data-params]')).toHaveCount(3);

    await page.goto('/chapters/building-blocks/');
    const block = page.locator('#fig-block-cost');
    await expect(shown(block)).toHaveCount(1);
    await expect(block.locator('tr[data-model][data-flops][data-params]')).toHaveCount(3);
  });
});
