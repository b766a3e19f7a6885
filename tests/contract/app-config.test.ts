import { describe, expect, it } from 'vitest';
import { certificationOffer, defaultAppConfig, localizedText, parseAppConfig } from '../../contract/app-config';

const agency = {
  name: { 'zh-CN': '示例市社会保险事业管理中心', 'zh-TW': '示例市社會保險事業管理中心' },
  website: 'https://rsj.example.gov.cn/',
  phone: '0571-12333',
  verify: '在示例市人社局官网“便民服务”栏目可以查到本服务的网址。',
};

describe('the app config (config.json / APP_CONFIG_JSON)', () => {
  it('has a default for every section: no config.json is a guide with no certification of its own', () => {
    expect(parseAppConfig(undefined)).toEqual({ config: defaultAppConfig, problems: [] });
    expect(defaultAppConfig.agency).toBeUndefined();
    expect(certificationOffer(defaultAppConfig)).toBe('demo');
  });

  it('offers a real certification only with a backend and an agency that stands behind it', () => {
    expect(certificationOffer(parseAppConfig({ backend: { kind: 'http' } }).config)).toBe('none');
    expect(certificationOffer(parseAppConfig({ backend: { kind: 'http' }, agency }).config)).toBe('real');
    expect(certificationOffer(parseAppConfig({ backend: { kind: 'demo' }, agency }).config)).toBe('demo');
  });

  it('drops only the section that is wrong, and says which field and why', () => {
    const { config, problems } = parseAppConfig({
      backend: { kind: 'http' },
      kiosk: { idleSeconds: 60 },
      agency: { ...agency, phone: 'call us', website: 'ftp://rsj.example.gov.cn' },
    });
    expect(config.backend).toEqual({ kind: 'http', baseUrl: '' });
    expect(config.kiosk).toEqual({ idleSeconds: 60 });
    expect(config.agency).toBeUndefined();
    expect(problems.map((p) => p.path).sort()).toEqual(['agency.phone', 'agency.website']);
  });

  it('trims the agency texts and refuses empty ones', () => {
    expect(parseAppConfig({ agency: { ...agency, verify: '  请拨打 0571-12333 核实。 ' } }).config.agency?.verify).toBe('请拨打 0571-12333 核实。');
    expect(parseAppConfig({ agency: { ...agency, verify: '   ' } }).problems.map((p) => p.path)).toEqual(['agency.verify']);
    expect(parseAppConfig([1]).problems).toHaveLength(1);
  });

  it('picks the words for the language, falling back to Chinese', () => {
    expect(localizedText(agency.name, 'zh-TW')).toBe('示例市社會保險事業管理中心');
    expect(localizedText(agency.name, 'en')).toBe('示例市社会保险事业管理中心');
    expect(localizedText('示例中心', 'en')).toBe('示例中心');
  });
});
