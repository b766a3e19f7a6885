/**
 * Status links carry the token in the URL fragment (/status#t=<token>): browsers never send the
 * fragment to servers, so it stays out of server logs, proxies and Referer headers.
 */
export function statusTokenFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('t')?.trim();
  // base64url only: anything else is a damaged link, not a token.
  return token && /^[A-Za-z0-9_-]{6,512}$/.test(token) ? token : undefined;
}

/** The link a receipt shows or encodes in its QR code. */
export function statusLink(origin: string, statusToken: string): string {
  return `${origin.replace(/\/+$/, '')}/status#t=${encodeURIComponent(statusToken)}`;
}
