/**
 * Ending a run's workers. A reset asks each started worker to free its run and report how many
 * tensors are left, then ends it, and tells the page the total once every worker has answered
 * (or after a timeout, or when one breaks, without a total). Anything else ends workers at once.
 */
import { sum } from '~lib/training-lab/lab-lanes';
import type { LabClient } from './lab-client';

/** How long a reset waits for a worker to report the tensors it freed before ending it anyway. */
export const RESET_WAIT_MS = 10_000;

/** What the retirer needs of a lane. */
export interface RetiringLane {
  client: LabClient;
  /** Id of the lane's current start (-1: never started). */
  id: number;
  /** `reset` replies still to come (a worker sends one per start and per reset). */
  owed: number;
  /** Tensors alive in the worker after its last reset. */
  freed: number;
}

interface Group {
  lanes: RetiringLane[];
  broken: boolean;
  timer: ReturnType<typeof setTimeout>;
}

/** The pool's retirer; `onReset` hears the tensors left in all of a reset's workers. */
export interface Retirer {
  /** End these lanes' workers; with `report`, after each has freed its run and answered. */
  retire(lanes: readonly RetiringLane[], report: boolean): void;
  /** A worker answered a reset (its lane's `owed` and `freed` are updated): end the groups that are complete. */
  settle(): void;
  /** A worker broke: true when it was retiring (its group then ends without a report). */
  broke(lane: RetiringLane): boolean;
  /** End every retiring worker now, without reports. */
  endAll(): void;
}

/** A retirer with no workers yet. */
export function createRetirer(onReset: (tensors: number) => void): Retirer {
  const groups = new Set<Group>();
  const end = (group: Group, report: boolean) => {
    clearTimeout(group.timer);
    groups.delete(group);
    for (const lane of group.lanes) lane.client.terminate();
    if (report) onReset(sum(group.lanes.map((l) => l.freed)));
  };
  const settle = () => {
    for (const group of [...groups]) if (group.lanes.every((l) => l.owed === 0)) end(group, !group.broken);
  };
  return {
    retire(lanes, report) {
      const started = report ? lanes.filter((l) => l.id !== -1) : [];
      for (const lane of lanes) if (!started.includes(lane)) lane.client.terminate();
      if (!started.length) return;
      for (const lane of started) {
        lane.client.send({ type: 'reset' });
        lane.owed += 1;
      }
      const group: Group = { lanes: started, broken: false, timer: setTimeout(() => end(group, false), RESET_WAIT_MS) };
      groups.add(group);
    },
    settle,
    broke(lane) {
      const group = [...groups].find((g) => g.lanes.includes(lane));
      if (!group) return false;
      group.broken = true;
      lane.owed = 0;
      settle();
      return true;
    },
    endAll() {
      for (const group of [...groups]) end(group, false);
    },
  };
}
