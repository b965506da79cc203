import { describe, expect, test } from 'vitest';
import { autoCandidates, backendBadge, fallbackChain, isSoftwareRenderer, pickFastest, type GpuProbe } from '~lib/training-lab/lab-backends';

const gpu = (software: boolean): GpuProbe => ({ available: true, software, renderer: '', detail: '' });
const none: GpuProbe = { available: false, software: false, renderer: '', detail: 'missing' };

describe('backend detection and choice', () => {
  test.each([
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    'Google SwiftShader',
    'llvmpipe (LLVM 15.0.7, 256 bits)',
    'Microsoft Basic Render Driver',
  ])('%s is a software renderer', (renderer) => expect(isSoftwareRenderer(renderer)).toBe(true));

  test.each(['ANGLE (NVIDIA, NVIDIA GeForce RTX 3080 Direct3D11 vs_5_0 ps_5_0, D3D11)', 'Apple M1', 'Mali-G78', 'Adreno (TM) 650'])(
    '%s is a GPU',
    (renderer) => expect(isSoftwareRenderer(renderer)).toBe(false),
  );

  test('the badge says where the arithmetic runs', () => {
    expect(backendBadge('webgl')).toBe('GPU · WebGL');
    expect(backendBadge('webgl', true)).toBe('CPU · WebGL (software)');
    expect(backendBadge('wasm')).toBe('CPU · WASM');
    expect(backendBadge('cpu')).toBe('CPU · JS');
  });

  test('a fallback follows WebGPU → WebGL → WASM → CPU and skips a software GPU unless it was asked for', () => {
    expect(fallbackChain('webgpu')).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
    expect(fallbackChain('webgpu', { webgl: true })).toEqual(['webgpu', 'wasm', 'cpu']);
    expect(fallbackChain('webgl', { webgl: true })).toEqual(['webgl', 'wasm', 'cpu']);
    expect(fallbackChain('wasm')).toEqual(['wasm', 'cpu']);
  });

  test('auto mode measures hardware GPUs and WASM, never a software renderer', () => {
    expect(autoCandidates({ webgpu: none, webgl: gpu(true) })).toEqual(['wasm']);
    expect(autoCandidates({ webgpu: gpu(false), webgl: gpu(false) })).toEqual(['webgpu', 'webgl', 'wasm']);
  });

  test('the fastest measured backend wins, with the timings in the reason', () => {
    const pick = pickFastest([
      { backend: 'webgl', msPerStep: 30 },
      { backend: 'wasm', msPerStep: 12 },
    ]);
    expect(pick?.backend).toBe('wasm');
    expect(pick?.reason).toContain('12 ms');
    expect(pick?.reason).toContain('30 ms');
    expect(pickFastest([{ backend: 'webgl', msPerStep: Number.NaN }])).toBeNull();
  });
});
