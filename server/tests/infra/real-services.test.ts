import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { nginxInstalled, nginxProxyConf, startNginx } from '../support/nginx';
import { postgresBinaries, startPostgres } from '../support/services/postgres';
import { redisInstalled, startRedis } from '../support/services/redis';

/** CI installs them (.ci/run); on a developer machine without them these tests say why they skip. */
const missing = [postgresBinaries() ? null : 'postgresql', redisInstalled() ? null : 'redis-server', nginxInstalled() ? null : 'nginx'].filter(Boolean);
const skipReason = missing.length > 0 ? `not installed: ${missing.join(', ')} (apt-get install -y postgresql redis-server nginx)` : '';
if (skipReason && process.env.CI) throw new Error(`CI must install the real services: ${skipReason}`);

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const servers: Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
});

describe.skipIf(skipReason !== '')(`throwaway services for tests${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  it('PostgreSQL: a cluster in a temp folder on a free loopback port, gone after stop()', async () => {
    const postgres = await startPostgres();
    try {
      const [row] = await postgres.query<{ user: string; addr: string | null }>('SELECT current_user AS user, inet_server_addr()::text AS addr');
      expect(row?.user).toBe('postgres');
      const url = await postgres.createDatabase('helper_check');
      expect(url).toContain(`127.0.0.1:${postgres.port}/helper_check`);
      expect(await portOpen(postgres.port)).toBe(true);
    } finally {
      await postgres.stop();
    }
    expect(await portOpen(postgres.port)).toBe(false);
    expect(existsSync(postgres.dir)).toBe(false);
  }, 60_000);

  it('Redis: answers PING on loopback, no persistence, stopped cleanly', async () => {
    const redis = await startRedis();
    expect(await portOpen(redis.port)).toBe(true);
    await redis.stop();
    expect(await portOpen(redis.port)).toBe(false);
  }, 30_000);

  it('nginx: balances between two upstreams with the deployed proxy settings, and skips one that is down', async () => {
    const ports: number[] = [];
    for (const name of ['a', 'b']) {
      const server = createServer((request, response) => response.end(`${name} ${request.headers['x-forwarded-for'] ?? ''}`));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push(server);
      const address = server.address();
      ports.push(typeof address === 'object' && address ? address.port : 0);
    }
    const nginx = await startNginx(ports);
    try {
      const answers = new Set<string>();
      for (let i = 0; i < 6; i += 1) {
        // A forged X-Forwarded-For stays in front; the address nginx saw is appended last.
        const response = await fetch(`${nginx.baseUrl}/anything`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
        answers.add(await response.text());
      }
      expect([...answers].sort()).toEqual(['a 203.0.113.9, 127.0.0.1', 'b 203.0.113.9, 127.0.0.1']);
      await new Promise<void>((resolve) => servers[0]?.close(() => resolve()));
      for (let i = 0; i < 4; i += 1) expect(await (await fetch(`${nginx.baseUrl}/x`)).text()).toBe('b 127.0.0.1');
    } finally {
      await nginx.stop();
    }
  }, 30_000);

  it('nginx accepts the README\'s sample configuration (nginx -t)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nginx-sample-'));
    try {
      const key = path.join(dir, 'key.pem');
      const cert = path.join(dir, 'cert.pem');
      const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=rz.example.gov.cn', '-days', '1', '-keyout', key, '-out', cert], { encoding: 'utf8' });
      expect(made.status, made.stderr).toBe(0);
      const sample = readFileSync(path.join(path.dirname(nginxProxyConf), 'nginx.conf.example'), 'utf8')
        .replace('/etc/ssl/certs/rz.example.gov.cn.pem', cert)
        .replace('/etc/ssl/private/rz.example.gov.cn.key', key)
        .replace('/etc/nginx/snippets/nginx-proxy.conf', nginxProxyConf)
        .replace('/var/log/nginx/certification.log', path.join(dir, 'access.log'));
      writeFileSync(path.join(dir, 'sample.conf'), sample);
      writeFileSync(
        path.join(dir, 'nginx.conf'),
        `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  access_log off;\n  include ${dir}/sample.conf;\n}\n`,
      );
      const result = spawnSync('nginx', ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toContain('syntax is ok');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
