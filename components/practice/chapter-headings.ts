// Build time: every chapter's section headings (id → text), read once per build, so a rubric
// link can name the section it leads to.
import { getCollection, render } from 'astro:content';
import { chaptersInOrder } from '~lib/content/chapter-order';

let headings: Promise<Map<string, Map<string, string>>> | undefined;

async function load(): Promise<Map<string, Map<string, string>>> {
  const chapters = chaptersInOrder(await getCollection('docs'));
  const entries = await Promise.all(
    chapters.map(async (entry) => {
      const { headings: list } = await render(entry);
      return [entry.id.replace(/^chapters\//, ''), new Map(list.map((h) => [h.slug, h.text]))] as const;
    }),
  );
  return new Map(entries);
}

/** Section headings by chapter slug, then by id. */
export function chapterHeadings(): Promise<Map<string, Map<string, string>>> {
  return (headings ??= load());
}

/** A short name for what a link lands on: the section's title, an equation or table's number, or its kind. */
export function targetName(id: string, sections: ReadonlyMap<string, string> | undefined): string {
  const heading = sections?.get(id);
  if (heading) return `“${heading}”`;
  const numbered = /^p([12])-(eq|table)-(\d+)$/.exec(id);
  if (numbered) return numbered[2] === 'eq' ? `P${numbered[1]} eq. (${numbered[3]})` : `P${numbered[1]} Table ${numbered[3]}`;
  if (id.startsWith('fig-')) return 'the figure';
  if (id.startsWith('mistake-')) return 'the common-mistake note';
  return 'the section';
}
