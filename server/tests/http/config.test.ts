import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';

describe('configuration from the environment', () => {
  it('defaults: loopback, 15-minute sessions, http backend for the app, random challenges', () => {
    const config = loadConfig({});
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(8080);
    expect(config.sessionTtlMs).toBe(15 * 60_000);
    expect(config.appConfig).toEqual({ backend: { kind: 'http' } });
    expect(config.fixedChallenges).toBeUndefined();
    expect(config.autoApprovePrechecked).toBe(false);
    expect(config.corsOrigins).toEqual([]);
  });

  it('reads overrides', () => {
    const config = loadConfig({
      APP_CONFIG_JSON: '{"backend":{"kind":"demo"}}',
      FIXED_CHALLENGES: 'turn-right, turn-left',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      EVIDENCE_RETENTION_DAYS: '7',
      REVIEW_COOKIE_SECURE: 'true',
    });
    expect(config.appConfig).toEqual({ backend: { kind: 'demo' } });
    expect(config.fixedChallenges).toEqual(['turn-right', 'turn-left']);
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.evidenceRetentionDays).toBe(7);
    expect(config.reviewCookieSecure).toBe(true);
  });

  it('passes the deploying agency through to the app, and refuses an agency the app could not show', () => {
    const agency = {
      name: { 'zh-CN': '示例市社会保险事业管理中心', en: 'Example City Social Insurance Centre' },
      website: 'https://rsj.example.gov.cn',
      phone: '0571-12333',
      verify: '在示例市人社局官网“便民服务”栏目可以查到本服务的网址。',
    };
    const config = loadConfig({ APP_CONFIG_JSON: JSON.stringify({ backend: { kind: 'http' }, agency }) });
    expect(config.appConfig).toEqual({ backend: { kind: 'http' }, agency });

    const { phone: _phone, ...withoutPhone } = agency;
    expect(() => loadConfig({ APP_CONFIG_JSON: JSON.stringify({ agency: withoutPhone }) })).toThrow(/agency\.phone/);
    expect(() => loadConfig({ APP_CONFIG_JSON: JSON.stringify({ agency: { ...agency, website: 'javascript:alert(1)' } }) })).toThrow(
      /agency\.website/,
    );
    expect(() => loadConfig({ APP_CONFIG_JSON: JSON.stringify({ agency: { ...agency, name: '  ' } }) })).toThrow(/agency\.name/);
    expect(() => loadConfig({ APP_CONFIG_JSON: '{"backend":' })).toThrow(/APP_CONFIG_JSON is not valid JSON/);
  });

  it('fails fast with a clear message on a bad value', () => {
    expect(() => loadConfig({ PORT: '80000' })).toThrow(/PORT/);
    expect(() => loadConfig({ FIXED_CHALLENGES: 'smile' })).toThrow(/FIXED_CHALLENGES/);
    expect(() => loadConfig({ FIXED_CHALLENGES: 'blink,blink' })).toThrow(/FIXED_CHALLENGES/);
    expect(() => loadConfig({ AUTO_APPROVE_PRECHECKED: 'yes' })).toThrow(/AUTO_APPROVE_PRECHECKED/);
    expect(() => loadConfig({ APP_CONFIG_JSON: '[1]' })).toThrow(/APP_CONFIG_JSON/);
    expect(() => loadConfig({ EVIDENCE_RETENTION_DAYS: '-1' })).toThrow(/EVIDENCE_RETENTION_DAYS/);
    expect(() => loadConfig({ EVIDENCE_KEY: 'dG9vIHNob3J0' })).toThrow(/EVIDENCE_KEY/);
    expect(loadConfig({ EVIDENCE_KEY: 'ab'.repeat(32) }).evidenceKey?.length).toBe(32);
  });
});
