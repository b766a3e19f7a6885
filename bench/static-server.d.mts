/** Types for static-server.mjs (the benchmarks and the browser tests import it). */
export function serveStatic(root: string): Promise<{ url: string; close(): Promise<void> }>;
