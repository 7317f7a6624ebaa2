/**
 * The address a deploy is served from, for the absolute links search engines want (`canonical`,
 * `hreflang`). Set `SITE_URL` when building for a real host (`SITE_URL=https://guide.example.org`);
 * without it those links stay relative: browsers follow them, search engines may ignore them. The
 * guide cannot know where it will be put, so it never guesses.
 */
export function siteUrl(value: string | undefined = process.env.SITE_URL): URL | null {
  if (!value) return null;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // Reported below, with the value.
  }
  if (
    !url ||
    !/^https?:$/.test(url.protocol) ||
    url.pathname !== '/' ||
    url.search ||
    url.hash ||
    url.username
  )
    throw new Error(
      `SITE_URL must be the site's address alone, such as https://guide.example.org, not "${value}"`,
    );
  return url;
}
