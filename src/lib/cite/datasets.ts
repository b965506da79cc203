/**
 * Data sets the site ships, with the credit and license the references page prints. A data set is
 * not a paper (no arXiv id, no venue, a license that travels with the bytes), so it has its own
 * type beside works.ts rather than optional fields on Work.
 */
import { bibtexEntry } from './bibtex';

/** A data set the site redistributes, with just the fields its credit and BibTeX need. */
export interface DataSet {
  /** BibTeX key, also the anchor on the references page. */
  key: string;
  /** Short name used in prose. */
  short: string;
  /** As the repository credits them. */
  authors: string[];
  title: string;
  year: number;
  /** Where the original is published. */
  repository: string;
  url: string;
  license: { name: string; url: string };
  /** What the site changed, and where that happens. */
  note: string;
}

/** The 8×8 handwritten digits the CNN lab trains on (public/data/digits-8x8.bin). */
export const OPTICAL_DIGITS: DataSet = {
  key: 'alpaydin1998optical',
  short: 'Optical digits',
  authors: ['E. Alpaydin', 'C. Kaynak'],
  title: 'Optical Recognition of Handwritten Digits',
  year: 1998,
  repository: 'UCI Machine Learning Repository',
  url: 'https://archive.ics.uci.edu/dataset/80/optical+recognition+of+handwritten+digits',
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  note:
    'The site uses the 1,797 images of its test file (optdigits.tes) as scikit-learn ships them, ' +
    'converted to an 8×8 binary file by src/scripts/data/convert-digits.ts; unchanged pixel values.',
};

/** The data sets, in the order the references page lists them. */
export const DATA_SETS: readonly DataSet[] = [OPTICAL_DIGITS];

/** A one-line credit in author–year style, license included, as the references page prints it. */
export function formatDataSetReference(data: DataSet): string {
  return `${data.authors.join(', ')}. ${data.title} [data set]. ${data.repository}, ${data.year}. ${data.url}. License: ${data.license.name}.`;
}

/** A BibTeX @misc entry for a data set. */
export function formatDataSetBibtex(data: DataSet): string {
  return bibtexEntry('misc', data.key, [
    ['title', `{${data.title}}`],
    ['author', data.authors.join(' and ')],
    ['howpublished', data.repository],
    ['year', String(data.year)],
    ['url', data.url],
    ['note', `License: ${data.license.name}`],
  ]);
}
