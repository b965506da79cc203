import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';

/** The repository's content folder. */
export const CONTENT = new URL('../../content/', import.meta.url);

/** A chapter file read from disk: its slug, parsed frontmatter and MDX body. */
export interface ChapterFile {
  slug: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Splits an MDX source into YAML frontmatter (parsed) and body. */
export function splitFrontmatter(source: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no frontmatter block');
  return { frontmatter: (load(match[1]!) ?? {}) as Record<string, unknown>, body: match[2]! };
}

/** Every chapter in content/chapters, read from disk. */
export function readChapters(): ChapterFile[] {
  const dir = new URL('chapters/', CONTENT);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ slug: name.replace(/\.mdx$/, ''), ...splitFrontmatter(readFileSync(new URL(name, dir), 'utf8')) }));
}
