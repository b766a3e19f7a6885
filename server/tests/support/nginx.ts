import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort, makeTempDir, projectRoot } from './server-process';

/** Debian's nginx (apt package "nginx", installed by .ci/run). */
export const nginxBinary = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** The proxy settings the README tells operators to use: the tests run exactly these. */
export const nginxProxyConf = path.join(projectRoot, 'server', 'deploy', 'nginx-proxy.conf');

export const nginxInstalled = () => existsSync(nginxBinary);

export type Nginx = { baseUrl: string; port: number; accessLog: () => string; errorLog: () => string; stop: () => Promise<void> };

/**
 * A real nginx in front of one or more servers, on a free 127.0.0.1 port, from a generated config in
 * a temp folder. Runs as the user who starts it (one process, no master: nothing needs root).
 */
export async function startNginx(upstreamPorts: number[], options: { extraHttp?: string } = {}): Promise<Nginx> {
  if (!existsSync(nginxBinary)) throw new Error(`nginx not found at ${nginxBinary}: apt-get install -y nginx (or set NGINX_PATH)`);
  const dir = makeTempDir('nginx-');
  for (const sub of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, sub));
  const port = await freePort();
  const config = `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  ${options.extraHttp ?? ''}
  upstream certification_servers {
${upstreamPorts.map((upstream) => `    server 127.0.0.1:${upstream} max_fails=1 fail_timeout=2s;`).join('\n')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://certification_servers;
      include ${nginxProxyConf};
    }
  }
}
`;
  const configFile = path.join(dir, 'nginx.conf');
  writeFileSync(configFile, config);
  let output = '';
  const child: ChildProcess = spawn(nginxBinary, ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const read = (file: string) => (existsSync(path.join(dir, file)) ? readFileSync(path.join(dir, file), 'utf8') : '');
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${output}${read('error.log')}`);
    try {
      const response = await fetch(`${baseUrl}/config.json`, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not answer in time: ${output}${read('error.log')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    baseUrl,
    port,
    accessLog: () => read('access.log'),
    errorLog: () => read('error.log'),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGQUIT');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
