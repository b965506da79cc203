/**
 * The CNN lab's first GPU probe, off the page's main thread: creating a WebGL context can take
 * hundreds of milliseconds (far more on a software renderer), which on the page would be one long
 * task as the figure comes into view. Posts `{ webgpu, webgl }` once and is done.
 */
import { probeWebgl, probeWebgpu } from '../training-lab/gpu-probe';

void probeWebgpu().then((webgpu) => postMessage({ webgpu, webgl: probeWebgl() }));
