/**
 * The layer and spelling rules of eslint.config.js catch what they are for: each case lints one line
 * of code as if it lived in a given folder and expects `no-restricted-imports` (or the DOM rule) to
 * fire, and the allowed direction (by alias, or relative within a folder) to pass.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../', import.meta.url).pathname });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer boundaries (npm run lint)', () => {
  const forbidden: [string, string][] = [
    ['src/lib/x.ts', "import * as tf from '@tensorflow/tfjs';"],
    ['src/lib/x.ts', "import { scaleLinear } from 'd3-scale';"],
    ['src/lib/x.ts', "import { getCollection } from 'astro:content';"],
    ['src/lib/nets/x.ts', "import { buildModel } from '../../ml/build-model';"],
    ['src/lib/x.ts', "import { lineChart } from '~viz/line-chart';"],
    ['src/lib/x.ts', "import { readFixture } from '../../tests/support/fixtures';"],
    ['src/viz/x.ts', "import { evaluate } from '../ml/evaluate';"],
    ['src/viz/x.ts', "import * as tf from '@tensorflow/tfjs';"],
    ['src/ml/x.ts', "import { lineChart } from '../viz/line-chart';"],
    ['src/ml/x.ts', "import { select } from 'd3-array';"],
    ['src/ml/x.ts', "import { createPool } from '../islands/lab-pool';"],
    ['src/islands/x.ts', "import { main } from '../scripts/record';"],
    ['src/scripts/x.ts', "import { UNTIL_STATE } from '../../tests/support/waits';"],
    // One spelling: another folder by its alias, not by ../
    ['src/viz/x.ts', "import { roundSig } from '../lib/lab-record';"],
    ['src/islands/x.ts', "import { evaluate } from '../ml/evaluate';"],
  ];
  for (const [file, code] of forbidden) {
    it(`refuses in ${file}: ${code}`, async () => {
      expect(await problems(file, code)).toContain('no-restricted-imports');
    });
  }

  it('refuses the DOM in src/lib', async () => {
    expect(await problems('src/lib/x.ts', 'export const w = document.title;')).toContain('no-restricted-globals');
  });

  const allowed: [string, string][] = [
    ['src/viz/x.ts', "import { roundSig } from '~lib/training-lab/lab-record';"],
    ['src/lib/ablation/x.ts', "import { labNet } from '../nets/lab';"],
    ['src/ml/x.ts', "import * as tf from '@tensorflow/tfjs';\nimport { labNet } from '~lib/nets/lab';"],
    ['src/islands/x.ts', "import { createRenderer } from './lab-render';\nimport { evaluate } from '~ml/evaluate';"],
    ['tests/unit/x.ts', "import { main } from '../../src/scripts/record';"],
  ];
  for (const [file, code] of allowed) {
    it(`allows in ${file}: ${code.split('\n')[0]}`, async () => {
      expect(await problems(file, code)).toEqual([]);
    });
  }
});
