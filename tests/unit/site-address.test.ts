import { describe, expect, it } from 'vitest';
import { absoluteUrl, addressNotice, parseSiteUrl, printedAddress } from '~lib/site/address';
import { chapterBibtex, chapterReference } from '~lib/cite/chapter-citation';

describe('the site address (SITE_URL)', () => {
  it('accepts a host, with or without a trailing slash, and keeps only its origin', () => {
    expect(parseSiteUrl('https://courses.test')).toBe('https://courses.test');
    expect(parseSiteUrl(' https://courses.test/ ')).toBe('https://courses.test');
    expect(parseSiteUrl(undefined)).toBeUndefined();
    expect(parseSiteUrl('')).toBeUndefined();
  });

  it('refuses what is not a host, and says where the sub-path goes', () => {
    expect(() => parseSiteUrl('courses.test')).toThrow(/not a URL/);
    expect(() => parseSiteUrl('ftp://courses.test')).toThrow(/https:\/\//);
    expect(() => parseSiteUrl('https://courses.test/resnet/')).toThrow(/BASE_PATH/);
  });

  it('prints absolute addresses when it knows the host, and paths when it does not', () => {
    const site = new URL('https://courses.test');
    expect(absoluteUrl('/sub/chapters/x/', site)).toBe('https://courses.test/sub/chapters/x/');
    expect(absoluteUrl('/sub/chapters/x/', undefined)).toBeNull();
    expect(printedAddress('/chapters/x/#fig-a', undefined)).toBe('/chapters/x/#fig-a');
    expect(printedAddress('/chapters/x/#fig-a', site)).toBe('https://courses.test/chapters/x/#fig-a');
  });

  it('has the build say once what a missing address means, and nothing when it is set', () => {
    expect(addressNotice(undefined)).toMatch(/SITE_URL is not set/);
    expect(addressNotice('https://courses.test')).toBeNull();
  });

  it('cites a chapter without an address as the online edition, with no url field', () => {
    const input = { number: 6, title: 'T', url: null, year: 2026 };
    expect(chapterReference(input)).toBe('ResNet, Explained, chapter 6: “T” (2026). Online edition.');
    expect(chapterBibtex(input)).not.toContain('url =');
  });
});
