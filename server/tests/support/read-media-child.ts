// Child process of readMediaIsolated: reads the bytes on stdin with one reader, prints what happened as JSON.
import { readJpegInfo } from '../../src/media/jpeg';
import { readMp4Info } from '../../src/media/mp4';
import { readWebmInfo } from '../../src/media/webm';

const readers = { jpeg: readJpegInfo, webm: readWebmInfo, mp4: readMp4Info } as const;
const format = process.argv[2] as keyof typeof readers;
const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
try {
  const value: unknown = readers[format](new Uint8Array(Buffer.concat(chunks)));
  process.stdout.write(JSON.stringify({ outcome: 'returned', value }));
} catch (error) {
  const { name, message } = error as Error;
  const reason = (error as { reason?: unknown }).reason;
  process.stdout.write(JSON.stringify({ outcome: 'threw', name, message, ...(typeof reason === 'string' ? { reason } : {}) }));
}
