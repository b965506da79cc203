import { bibtexEntry } from './bibtex';

/** A work the site cites, with just the fields its citation formats need. */
export interface Work {
  /** BibTeX key, also the anchor on the references page. */
  key: string;
  /** Short name used in prose: P1, P2. */
  short: string;
  authors: string[];
  title: string;
  /** Where it appeared, written out. */
  venue: string;
  /** BibTeX entry type. */
  type: 'inproceedings' | 'misc';
  booktitle?: string;
  year: number;
  pages?: string;
  arxiv: string;
}

const AUTHORS = ['Kaiming He', 'Xiangyu Zhang', 'Shaoqing Ren', 'Jian Sun'];

/** P1: the paper that introduced residual learning. */
export const P1: Work = {
  key: 'he2016deep',
  short: 'P1',
  authors: AUTHORS,
  title: 'Deep Residual Learning for Image Recognition',
  venue: 'IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
  type: 'inproceedings',
  booktitle: 'Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
  year: 2016,
  pages: '770--778',
  arxiv: '1512.03385',
};

/** P2: the follow-up on identity mappings and pre-activation. */
export const P2: Work = {
  key: 'he2016identity',
  short: 'P2',
  authors: AUTHORS,
  title: 'Identity Mappings in Deep Residual Networks',
  venue: 'European Conference on Computer Vision (ECCV)',
  type: 'inproceedings',
  booktitle: 'European Conference on Computer Vision (ECCV)',
  year: 2016,
  pages: '630--645',
  arxiv: '1603.05027',
};

/** The two papers, in the order the site numbers them. */
export const PAPERS: readonly Work[] = [P1, P2];

/**
 * Later work the site's later-work figures re-run at toy scale (issue 17); cited by name and year,
 * never as P1/P2's claims.
 */
export const LATER_WORKS: readonly Work[] = [
  {
    key: 'veit2016residual',
    short: 'Veit et al. (2016)',
    authors: ['Andreas Veit', 'Michael J. Wilber', 'Serge Belongie'],
    title: 'Residual Networks Behave Like Ensembles of Relatively Shallow Networks',
    venue: 'Advances in Neural Information Processing Systems 29 (NeurIPS)',
    type: 'inproceedings',
    booktitle: 'Advances in Neural Information Processing Systems (NeurIPS)',
    year: 2016,
    arxiv: '1605.06431',
  },
  {
    key: 'balduzzi2017shattered',
    short: 'Balduzzi et al. (2017)',
    authors: ['David Balduzzi', 'Marcus Frean', 'Lennox Leary', 'J. P. Lewis', 'Kurt Wan-Duo Ma', 'Brian McWilliams'],
    title: 'The Shattered Gradients Problem: If resnets are the answer, then what is the question?',
    venue: 'International Conference on Machine Learning (ICML)',
    type: 'inproceedings',
    booktitle: 'International Conference on Machine Learning (ICML)',
    year: 2017,
    arxiv: '1702.08591',
  },
  {
    key: 'li2018visualizing',
    short: 'Li et al. (2018)',
    authors: ['Hao Li', 'Zheng Xu', 'Gavin Taylor', 'Christoph Studer', 'Tom Goldstein'],
    title: 'Visualizing the Loss Landscape of Neural Nets',
    venue: 'Advances in Neural Information Processing Systems 31 (NeurIPS)',
    type: 'inproceedings',
    booktitle: 'Advances in Neural Information Processing Systems (NeurIPS)',
    year: 2018,
    arxiv: '1712.09913',
  },
];

/** The arXiv abstract page of a work. */
export function arxivUrl(work: Work): string {
  return `https://arxiv.org/abs/${work.arxiv}`;
}

/** A one-line reference in author–year style, e.g. for the references page and the PDF. */
export function formatReference(work: Work): string {
  const authors = work.authors.join(', ');
  const pages = work.pages ? `, pp. ${work.pages.replace('--', '–')}` : '';
  return `${authors}. ${work.title}. ${work.venue}, ${work.year}${pages}. arXiv:${work.arxiv}.`;
}

/** A BibTeX entry for a work. */
export function formatBibtex(work: Work): string {
  const fields: [string, string][] = [
    ['title', `{${work.title}}`],
    ['author', work.authors.join(' and ')],
  ];
  if (work.booktitle) fields.push(['booktitle', work.booktitle]);
  fields.push(['year', String(work.year)]);
  if (work.pages) fields.push(['pages', work.pages]);
  fields.push(['eprint', work.arxiv], ['archivePrefix', 'arXiv']);
  return bibtexEntry(work.type, work.key, fields);
}
