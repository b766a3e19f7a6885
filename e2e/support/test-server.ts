import path from 'node:path';
import { projectRoot, startServerProcess, type ServerProcess } from '../../server/tests/support/server-process';

/**
 * The browser specs use the server tests' one helper (server/tests/support/): the real server as a
 * child process, and the API as a client calls it. Only the e2e defaults live here.
 */
export { projectRoot, type ServerProcess } from '../../server/tests/support/server-process';
export { idNumberOf, statusOf, submitThroughApi, validIdNumber as testIdNumber } from '../../server/tests/support/api-client';

export const reviewer = { username: 'reviewer.e2e', password: 'a long test passphrase' };

/** The agency the browser specs' deployments name (config.json "agency"): certification is offered only with one. */
export const testAgency = {
  name: '示例市社会保险事业管理中心',
  website: 'https://rsj.example.gov.cn/',
  phone: '0571-12333',
  verify: '在示例市人社局官网“便民服务”栏目可以查到本服务的网址。',
};

/** The app config of a deployment that certifies in the app: the reference server, and the agency behind it. */
export const certifyingAppConfig = { backend: { kind: 'http' }, agency: testAgency } as const;

/**
 * The real server for a spec file that needs settings the playwright.config webServer must not get
 * (a fixed challenge list matching the camera clip, a reviewer made with the CLI, the test agency in
 * its app config): the production build, its own data folder under test-results/, output in the test log.
 */
export function startE2eServer(name: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  return startServerProcess({
    dataDir: path.join(projectRoot, 'test-results', `server-${name}-${process.pid}-${Date.now()}`),
    reviewer,
    stdio: 'inherit',
    env: { STATIC_DIR: process.env.STATIC_DIR ?? 'dist', APP_CONFIG_JSON: JSON.stringify(certifyingAppConfig), ...env },
  });
}
