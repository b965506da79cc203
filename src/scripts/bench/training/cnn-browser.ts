/**
 * The CNN lab's rows in headless Chromium (issue 16), one fresh bench page per backend (the
 * training bench's page, browser.ts, which also serves the digits): wasm with our convolution,
 * then WebGL and WebGPU with ours and tf.conv2d, to say which is faster there. This machine has
 * no GPU: both GPU backends run on SwiftShader, a software renderer, so their rows say how the
 * code behaves, not how fast a reader's GPU is. Chromium offers WebGPU only with
 * --enable-unsafe-webgpu, so its page runs in a second Chromium launched with that flag.
 */
import { chromium, type Browser } from '@playwright/test';
import type { BackendName } from '~ml/backend';
import { CHROMIUM_ARGS } from '../../find-browser.ts';
import { trainingPageRoute } from './browser.ts';
import type { CnnBackendResult, CnnPlan } from './cnn-measure.ts';

/** The Chromium backends measured, in order, and the convolutions each can train. */
export const CNN_BROWSER_BACKENDS: readonly { backend: BackendName; convs: CnnPlan['convs'] }[] = [
  { backend: 'wasm', convs: ['ours'] },
  { backend: 'webgl', convs: ['ours', 'tfjs'] },
  { backend: 'webgpu', convs: ['ours', 'tfjs'] },
];

/** Runs the plan on every Chromium backend; the quick comparison where `quickLabOn` lists the backend. */
export async function measureCnnBrowser(
  browser: Browser,
  executablePath: string,
  origin: string,
  plan: Omit<CnnPlan, 'convs' | 'quickLab'>,
  quickLabOn: ReadonlySet<string>,
  progress: (message: string) => void,
): Promise<CnnBackendResult[]> {
  const route = await trainingPageRoute();
  const results: CnnBackendResult[] = [];
  for (const { backend, convs } of CNN_BROWSER_BACKENDS) {
    let owner: Browser | null = null;
    try {
      owner = backend === 'webgpu' ? await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--enable-unsafe-webgpu'] }) : browser;
      const page = await owner.newPage();
      await page.route('**/__bench/**', route);
      page.on('console', (message) => {
        if (message.text().startsWith('[bench] ')) progress(`browser ${message.text().slice(8)}`);
      });
      await page.goto(`${origin}/__bench/training.html`);
      await page.waitForFunction(() => typeof window.benchCnn === 'function');
      const backendPlan: CnnPlan = { ...plan, convs, quickLab: quickLabOn.has(backend) };
      results.push(await page.evaluate(([b, p]) => window.benchCnn(b, p), [backend, backendPlan] as const));
      await page.close();
    } catch (error) {
      // One backend's page failing (a crashed GPU process, a browser that would not launch) leaves the others' rows.
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
      results.push({ where: 'Chromium', requested: backend, status: 'did not start', active: '?', reason, rows: [], quickLab: null, estimates: null });
    } finally {
      if (owner && owner !== browser) await owner.close();
    }
  }
  return results;
}
