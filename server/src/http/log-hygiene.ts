import type { FastifyRequest } from 'fastify';

/**
 * What the JSON log may say about a request or an error. Upload ids are capabilities (whoever has
 * one could continue someone's upload), so they are cut out of URLs and error messages; request
 * bodies and headers are never logged (tokens, nonces, cookies and personal data travel there).
 */
const uploadUrl = /\/api\/uploads\/[^/?#\s"']+/g;
const stagedFile = /(uploads[\\/])[a-f0-9]{32}/g;

export function scrubSecrets(text: string): string {
  return text.replace(uploadUrl, '/api/uploads/[upload]').replace(stagedFile, '$1[upload]');
}

export const logSerializers = {
  req(request: FastifyRequest) {
    return {
      method: request.method,
      url: scrubSecrets(request.url),
      host: request.host,
      // The real client address (TRUST_PROXY decides which proxies to believe), never a claimed one.
      remoteAddress: request.ip,
      remotePort: request.socket?.remotePort,
    };
  },
  err(error: Error & { code?: unknown; statusCode?: unknown }) {
    return {
      type: error.name,
      message: scrubSecrets(error.message ?? ''),
      stack: scrubSecrets(error.stack ?? ''),
      ...(typeof error.code === 'string' ? { code: error.code } : {}),
      ...(typeof error.statusCode === 'number' ? { statusCode: error.statusCode } : {}),
    };
  },
};
