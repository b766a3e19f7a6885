/**
 * Adds a reviewer account (or sets a new password for an existing one):
 *   npm run review:add-user -- <username>            (asks for the password, hidden)
 *   echo 'secret' | npm run review:add-user -- <username>
 * Uses the server's database (DATABASE_URL, else DATA_DIR). Passwords: at least 12 characters, stored only as scrypt hashes.
 */
import { createInterface } from 'node:readline';
import { loadConfig } from '../config';
import { openStores } from '../db/stores';
import { hashPassword } from './passwords';

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (text: string) => void };
  process.stdout.write('Password (hidden): ');
  output._writeToOutput = () => undefined;
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

const username = process.argv[2] ?? '';
if (!/^[A-Za-z0-9._-]{3,64}$/.test(username)) {
  console.error('Usage: npm run review:add-user -- <username>   (3-64 letters, digits, . _ -)');
  process.exit(2);
}
const password = await readPassword();
if (password.length < 12) {
  console.error('The password must be at least 12 characters.');
  process.exit(2);
}
const config = loadConfig();
const stores = await openStores(config);
try {
  await stores.accounts.upsertReviewer({ username, passwordHash: await hashPassword(password), createdAt: new Date().toISOString() });
  await stores.repository.appendAudit({ at: new Date().toISOString(), actor: 'cli', action: 'reviewer-added', submissionId: null, detail: username });
} finally {
  await stores.close();
}
console.log(`Reviewer "${username}" can now sign in at /review.`);
