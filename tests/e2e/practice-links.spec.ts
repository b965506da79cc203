import { expect, test } from '@playwright/test';
import { idsInBuiltPage } from '../../src/scripts/built-site.ts';
import { RUBRICS } from '../../src/lib/practice/rubrics';
import { chapterPath } from '../../src/lib/site/chapters';

// Every rubric point and common mistake links to an element of a chapter page (a heading, figure,
// equation, paper table or "common mistake" callout). This reads the built HTML (dist/, or the
// folder TEST_DIST names) instead of browsing, so it checks all of them in well under a second.

for (const rubric of RUBRICS) {
  test(`Q${rubric.question}: every point and mistake links to an element that exists`, () => {
    const missing: string[] = [];
    for (const entry of [...rubric.points, ...rubric.mistakes]) {
      const path = chapterPath(entry.link.chapter ?? rubric.chapter);
      if (!idsInBuiltPage(path).has(entry.link.id)) missing.push(`${entry.id} → ${path}#${entry.link.id}`);
    }
    expect(missing).toEqual([]);
  });

  test(`Q${rubric.question}: every "common mistake" callout on its chapter is among the rubric’s mistakes`, () => {
    const callouts = [...idsInBuiltPage(chapterPath(rubric.chapter))].filter((id) => id.startsWith('mistake-'));
    expect(callouts.length).toBeGreaterThan(0);
    const linked = new Set(rubric.mistakes.filter((m) => m.link.chapter === undefined).map((m) => m.link.id));
    expect(callouts.filter((id) => !linked.has(id))).toEqual([]);
  });
}
