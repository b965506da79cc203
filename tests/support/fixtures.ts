import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder of reference files that tests read: copies kept inside the repository. */
const FIXTURES = new URL('../fixtures/', import.meta.url);

/**
 * Reads tests/fixtures/<name>, failing with the file's repository path and what the test
 * expected of it when the file is missing or does not look as it should.
 */
export function readFixture(name: string, expected: { pattern: RegExp; description: string }): string {
  const url = new URL(name, FIXTURES);
  const shown = `tests/fixtures/${name}`;
  if (!existsSync(fileURLToPath(url))) {
    throw new Error(`${shown} is missing: it should hold ${expected.description}. Restore it from git.`);
  }
  const text = readFileSync(url, 'utf8');
  if (!expected.pattern.test(text)) {
    throw new Error(`${shown} is malformed: expected ${expected.description} (a match for ${expected.pattern}).`);
  }
  return text;
}
