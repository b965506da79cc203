/**
 * Practice answers in localStorage, one entry per question. When the browser refuses storage
 * (private mode, a policy, a full quota) the answers live in memory for this visit instead, and
 * `persistent` turns false so the box can say they will not be kept.
 */
import { answerKey, EMPTY_ANSWER, encodeSaved, isEmpty, parseSaved, type SavedAnswer } from '~lib/practice/saved-answer';

export interface AnswerStore {
  /** False when answers last only as long as this page. */
  readonly persistent: boolean;
  read(question: number): SavedAnswer;
  /** Saves, or keeps in memory; false when the browser did not keep it. */
  write(question: number, saved: SavedAnswer): boolean;
}

const memory = new Map<string, SavedAnswer>();

/** The browser's localStorage when it accepts a write, else null (refused, or a private mode that throws). */
export function localStore(): Storage | null {
  try {
    const storage = window.localStorage;
    const probe = 'resnet-explained:practice:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** The store for this copy of the site (`base` keeps two course copies on one host apart). */
export function openAnswerStore(base: string): AnswerStore {
  const storage = localStore();
  const store = {
    persistent: storage !== null,
    read(question: number): SavedAnswer {
      const key = answerKey(base, question);
      const held = memory.get(key);
      if (held) return held;
      try {
        return storage ? parseSaved(storage.getItem(key)) : EMPTY_ANSWER;
      } catch {
        return EMPTY_ANSWER;
      }
    },
    write(question: number, saved: SavedAnswer): boolean {
      const key = answerKey(base, question);
      if (!storage) {
        memory.set(key, saved);
        return false;
      }
      try {
        if (isEmpty(saved)) storage.removeItem(key);
        else storage.setItem(key, encodeSaved(saved));
        memory.delete(key);
        return true;
      } catch {
        // Quota: keep it for this visit; the box says it was not saved.
        memory.set(key, saved);
        store.persistent = false;
        return false;
      }
    },
  };
  return store;
}
