import { describe, expect, it } from 'vitest';
import { siteUrl } from '@/lib/site-url';

describe('siteUrl', () => {
  it('is null when no address is set: links stay relative', () => {
    expect(siteUrl('')).toBeNull();
    expect(siteUrl(undefined)).toBeNull();
  });

  it('takes an http or https address, with or without a port or a closing slash', () => {
    expect(siteUrl('https://guide.example.org')?.href).toBe('https://guide.example.org/');
    expect(siteUrl('http://127.0.0.1:3300/')?.origin).toBe('http://127.0.0.1:3300');
  });

  it.each([
    'guide.example.org',
    'ftp://guide.example.org',
    'https://example.org/guide',
    'https://example.org/?a=1',
  ])('stops the build on "%s", naming the variable', (value) => {
    expect(() => siteUrl(value)).toThrow(/^SITE_URL must be the site's address alone/);
  });
});
