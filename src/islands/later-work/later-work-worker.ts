/**
 * One worker script for the three later-work figures, so the site ships (and the offline copy
 * caches) one bundle of TensorFlow.js for them instead of three. Each island starts its own
 * worker from this script and names its job in the worker's name; the job's module then answers
 * that island's messages exactly as a worker of its own would.
 */
import { serveLandscape } from './landscape-worker';
import { serveLesion } from './lesion-worker';
import { serveShattering } from './shattering-worker';

/** The job of each worker name the islands use. */
export const LATER_WORK_JOBS = { lesion: serveLesion, landscape: serveLandscape, shattering: serveShattering } as const;

/** A worker name: which figure's job a worker runs. */
export type LaterWorkJob = keyof typeof LATER_WORK_JOBS;

const job = (LATER_WORK_JOBS as Readonly<Partial<Record<string, () => void>>>)[self.name];
if (job) job();
else postMessage({ type: 'error', id: 0, message: `no later-work job called "${self.name}"` });
