/**
 * Where to go after signing in. Only same-origin paths are allowed ("/partners?stage=active"); anything else
 * ("https://evil.example", "//evil.example", "/\evil.example") falls back to home, so the sign-in link cannot
 * be used to send staff to another site.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/')) return '/';
  if (next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/sign-in' || next.startsWith('/sign-in?')) return '/';
  try {
    const url = new URL(next, 'https://common-ground.invalid');
    if (url.origin !== 'https://common-ground.invalid') return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}
