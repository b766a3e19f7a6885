import { useEffect } from 'react';
import type { PostProcessorModule, TOptions } from 'i18next';

/**
 * 手机 or 平板. The face check and the submission screens are the same on a retiree's phone and on
 * a community kiosk's tablet, and their words say 手机; on the kiosk that is wrong ("对着手机",
 * "这部手机没能保存"). Any text with a `<key>_tablet` twin in its locale file uses that twin while
 * the device is a kiosk, without each screen knowing where it runs. Only the kiosk switches it.
 */
export type DeviceWording = 'phone' | 'tablet';

let wording: DeviceWording = 'phone';

export function setDeviceWording(next: DeviceWording): void {
  wording = next;
}

export function deviceWording(): DeviceWording {
  return wording;
}

type Translator = { exists(key: string, options?: TOptions): boolean; translate(key: string, options?: TOptions): unknown };

export const deviceWordsPostProcessor: PostProcessorModule = {
  type: 'postProcessor',
  name: 'deviceWords',
  process(value: string, key: string | string[], options: TOptions, translator: unknown) {
    if (wording === 'phone') return value;
    const base = Array.isArray(key) ? key[0] : key;
    if (typeof base !== 'string' || base.endsWith('_tablet')) return value;
    const twin = `${base}_tablet`;
    const t = translator as Translator;
    if (!t.exists(twin, options)) return value;
    const translated = t.translate(twin, options);
    return typeof translated === 'string' ? translated : value;
  },
};

/**
 * Makes this device a tablet for the screens under the calling component while it is mounted.
 * Set during render as well as in the effect: the children rendered in this same pass already
 * read the tablet's words.
 */
export function useDeviceWording(next: DeviceWording): void {
  setDeviceWording(next);
  useEffect(() => {
    setDeviceWording(next);
    return () => setDeviceWording('phone');
  }, [next]);
}
