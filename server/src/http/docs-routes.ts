import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const openapiFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'openapi.yaml');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** /api/docs: a plain list of the endpoints (no third-party UI, nothing inline to break the CSP); the YAML beside it. */
export async function registerDocsRoutes(app: FastifyInstance): Promise<void> {
  const yaml = readFileSync(openapiFile, 'utf8');
  const endpoints: string[] = [];
  let currentPath = '';
  for (const line of yaml.split('\n')) {
    const pathMatch = /^ {2}(\/\S*):\s*$/.exec(line);
    if (pathMatch?.[1]) currentPath = pathMatch[1];
    const methodMatch = /^ {4}(get|post|put|patch|delete|head|options):\s*$/.exec(line);
    if (methodMatch?.[1] && currentPath) endpoints.push(`${methodMatch[1].toUpperCase()} ${currentPath}`);
    const summary = /^ {6}summary:\s*(.+)$/.exec(line);
    if (summary?.[1] && endpoints.length > 0) endpoints[endpoints.length - 1] += ` — ${summary[1].replace(/^['"]|['"]$/g, '')}`;
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Reference certification server API</title></head><body><main><h1>Reference certification server API</h1>
<p>OpenAPI 3.1: <a href="/api/docs/openapi.yaml">openapi.yaml</a></p><ul>
${endpoints.map((endpoint) => `<li><code>${escapeHtml(endpoint)}</code></li>`).join('\n')}
</ul></main></body></html>`;
  app.get('/api/docs', async (_request, reply) => reply.type('text/html; charset=utf-8').send(html));
  app.get('/api/docs/openapi.yaml', async (_request, reply) => reply.type('application/yaml; charset=utf-8').send(yaml));
}
