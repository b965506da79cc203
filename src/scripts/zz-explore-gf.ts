import { useWasmBackend } from '~ml/wasm-eager';
import { gradientFlowPoints, specOfGradientFlow, defaultGradientFlowState, type GradientFlowState } from '~lib/gradient-flow/state';
import { degradationLab, type OptimizerSpec } from '~lib/nets/lab';
import { buildModel } from '~ml/build-model';
import { createTrainer } from '~ml/train';
import { gradientNormsOf } from '~ml/gradient-norms';
import { createRng, deriveSeed } from '~lib/random';

export async function main(args: string[]) {
  await useWasmBackend();
  const points = gradientFlowPoints();
  const opts: Record<string, OptimizerSpec> = {
    adam: { ...degradationLab.optimizer, decaySteps: [50, 75] },
    sgd1: { kind: 'momentum', learningRate: 0.1, momentum: 0.9, weightDecay: 1e-4, decaySteps: [50, 75] },
    sgd03: { kind: 'momentum', learningRate: 0.03, momentum: 0.9, weightDecay: 1e-4, decaySteps: [50, 75] },
  };
  const kind = args[0] ?? 'scaling';
  const L = Number(args[1] ?? 54);
  const seeds = (args[2] ?? '1,2,3,4,5,6').split(',').map(Number);
  for (const seed of seeds) {
    const s: GradientFlowState = { ...defaultGradientFlowState, kind: kind as 'scaling', lambda: kind === 'scaling' ? 0.5 : 1, L, seed, branch: 'he', act: (args[3] ?? 'identity') as 'identity' };
    const line: string[] = [];
    for (const [on, opt] of Object.entries(opts)) for (const steps of [0, 100]) {
      if (steps === 0 && on !== 'adam') continue;
      const model = buildModel(specOfGradientFlow(s), createRng(deriveSeed(seed, 'init')));
      let loss = NaN;
      if (steps) { const tr = createTrainer(model, points, { optimizer: opt, batchSize: null, rng: createRng(7) }); loss = await tr.run(steps); tr.dispose(); }
      const norms = await gradientNormsOf(model, points, { maskSeed: seed });
      model.dispose();
      const top = norms.at(-1)!;
      line.push(`${on}@${steps}: loss ${loss.toFixed(3)} top ${top.toExponential(1)} r0 ${(norms[0]! / top).toExponential(1)} rmid ${(norms[Math.floor(L / 2)]! / top).toExponential(1)}`);
    }
    console.log(kind, L, 'seed', seed, '\n  ' + line.join('\n  '));
  }
}
