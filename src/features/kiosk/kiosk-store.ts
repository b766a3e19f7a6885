import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isKioskRecord, onlyToday, type KioskRecord, type KioskRecordState } from './model/kiosk-day';
import { isPinRecord, type PinRecord } from './model/pin';

/**
 * The kiosk device's own state: the staff PIN's hash, whether kiosk mode is on, the service
 * point's name (printed on receipts) and today's anonymous records. Kept across reloads; never
 * holds a name, ID number or face of a visitor.
 */
type KioskState = {
  pin: PinRecord | null;
  enabled: boolean;
  pinFailures: number;
  /** 服务点名称, typed once by staff: printed on every receipt. */
  servicePoint: string | null;
  records: KioskRecord[];
  setPin: (pin: PinRecord) => void;
  setServicePoint: (name: string) => void;
  /** Back to a device that was never a kiosk (the recovery route, after everything was wiped). */
  resetDevice: () => void;
  setEnabled: (enabled: boolean) => void;
  pinFailed: () => void;
  pinSucceeded: () => void;
  addRecord: (record: KioskRecord) => void;
  updateRecord: (id: string, patch: { state: KioskRecordState; statusToken?: string }) => void;
  removeRecord: (id: string) => void;
  dropOtherDays: (today: string) => void;
};

export const kioskStorageKey = 'kiosk';

type Persisted = Pick<KioskState, 'pin' | 'enabled' | 'pinFailures' | 'servicePoint' | 'records'>;

function parsePersisted(value: unknown): Partial<Persisted> {
  if (typeof value !== 'object' || value === null) return {};
  const raw = value as Record<string, unknown>;
  return {
    pin: isPinRecord(raw.pin) ? raw.pin : null,
    enabled: raw.enabled === true,
    pinFailures: typeof raw.pinFailures === 'number' && raw.pinFailures >= 0 ? raw.pinFailures : 0,
    servicePoint: typeof raw.servicePoint === 'string' && raw.servicePoint.trim() !== '' ? raw.servicePoint : null,
    records: Array.isArray(raw.records) ? raw.records.filter(isKioskRecord) : [],
  };
}

export const useKioskStore = create<KioskState>()(
  persist(
    (set) => ({
      pin: null,
      enabled: false,
      pinFailures: 0,
      servicePoint: null,
      records: [],
      setPin: (pin) => set({ pin, pinFailures: 0 }),
      setServicePoint: (name) => set({ servicePoint: name.trim() === '' ? null : name.trim() }),
      resetDevice: () => set({ pin: null, enabled: false, pinFailures: 0, servicePoint: null, records: [] }),
      setEnabled: (enabled) => set({ enabled }),
      pinFailed: () => set((s) => ({ pinFailures: s.pinFailures + 1 })),
      pinSucceeded: () => set({ pinFailures: 0 }),
      addRecord: (record) => set((s) => ({ records: [...s.records, record] })),
      updateRecord: (id, patch) =>
        set((s) => ({ records: s.records.map((r) => (r.id === id ? { ...r, ...patch } : r)) })),
      removeRecord: (id) => set((s) => ({ records: s.records.filter((r) => r.id !== id) })),
      dropOtherDays: (today) => set((s) => ({ records: onlyToday(s.records, today) })),
    }),
    {
      name: kioskStorageKey,
      version: 1,
      partialize: ({ pin, enabled, pinFailures, servicePoint, records }) => ({ pin, enabled, pinFailures, servicePoint, records }),
      merge: (persisted, current) => ({ ...current, ...parsePersisted(persisted) }),
    },
  ),
);
