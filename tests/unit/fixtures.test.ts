import { describe, expect, it } from 'vitest';
import { readFixture } from '../support/fixtures';

describe('reference fixtures', () => {
  it('a missing fixture names its file and what it should hold', () => {
    expect(() => readFixture('no-such-sheet.md', { pattern: /x/, description: 'a sheet of facts' })).toThrow(
      'tests/fixtures/no-such-sheet.md is missing: it should hold a sheet of facts',
    );
  });

  it('a fixture without the expected shape names its file and what was expected', () => {
    expect(() => readFixture('questions.md', { pattern: /^### never there$/m, description: 'a heading that is not there' })).toThrow(
      'tests/fixtures/questions.md is malformed: expected a heading that is not there',
    );
  });

  it('the copied facts sheet and study guide are inside the repository and say where they come from', () => {
    for (const name of ['facts.md', 'questions.md']) {
      const text = readFixture(name, { pattern: /^<!-- Copied on \d{4}-\d{2}-\d{2} from /, description: 'a first line naming its source' });
      expect(text.split('\n').length).toBeGreaterThan(20);
    }
  });
});
