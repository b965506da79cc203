import { z } from 'zod';

/** A paper the site covers: P1 (Deep Residual Learning) or P2 (Identity Mappings). */
export const paperKey = z.enum(['P1', 'P2']);

/** A paper and the sections of it that a chapter draws on. */
export const chapterSource = z.object({
  /** Which paper. */
  paper: paperKey,
  /** Section numbers as the paper prints them ("3.1", "4.2") or "appendix". */
  sections: z.array(z.string().regex(/^(\d+(\.\d+)*|appendix)$/, 'a section number such as 3.1, or "appendix"')).min(1),
});

/** The frontmatter block that makes a page a chapter. */
export const chapterSchema = z.object({
  /** Study-guide question number; it also orders the sidebar and the PDF. */
  number: z.number().int().min(1).max(10),
  /** The question exactly as students receive it (tests/fixtures/questions.md, copied from the study guide). */
  question: z.string().min(20).endsWith('.').or(z.string().min(20).endsWith('?')),
  /** One paragraph: shown on the home page, used as the meta description and in the PDF. */
  summary: z.string().min(80).max(700),
  /** The papers and sections the chapter draws on. */
  sources: z.array(chapterSource).min(1),
});

/** A chapter's frontmatter block, as validated. */
export type ChapterMeta = z.infer<typeof chapterSchema>;
