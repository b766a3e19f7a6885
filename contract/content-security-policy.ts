/**
 * The one Content-Security-Policy of the app, sent by the server as a header (server/src/app.ts) and written
 * into index.html as a <meta> at build time (vite.config.ts), so a static deployment of dist/ keeps
 * it. No Node or DOM imports: the build imports it too.
 */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

export const contentSecurityPolicy: CspDirectives = {
  'default-src': ["'self'"],
  // MediaPipe compiles its wasm at run time; nothing is ever loaded from another origin.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Directives a <meta http-equiv="Content-Security-Policy"> cannot carry (the browser ignores them
 * there, with a console warning): they stay header-only.
 */
export const headerOnlyDirectives: readonly string[] = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];

export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** What the header sends. */
export function cspHeaderValue(): string {
  return serializeCsp(contentSecurityPolicy);
}

/** What index.html carries: the same policy minus what a <meta> cannot carry. */
export function cspMetaContent(): string {
  return serializeCsp(
    Object.fromEntries(Object.entries(contentSecurityPolicy).filter(([name]) => !headerOnlyDirectives.includes(name))),
  );
}

/** Helmet wants camelCase directive names. */
export function cspForHelmet(): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(contentSecurityPolicy).map(([name, values]) => [name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), [...values]]),
  );
}
