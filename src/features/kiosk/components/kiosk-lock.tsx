import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { useServices } from '../../../shared/services';
import { useKioskStore } from '../kiosk-store';

/**
 * While kiosk mode is on, every other screen leads back to /kiosk: the tablet is left only with
 * the staff PIN. A deployment's `kiosk.preset` sends a fresh device to the PIN setup.
 */
export function KioskLock() {
  const enabled = useKioskStore((s) => s.enabled);
  const hasPin = useKioskStore((s) => s.pin !== null);
  const { config } = useServices();
  const [location, navigate] = useLocation();
  const locked = enabled || (config.kiosk.preset === true && !hasPin);
  useEffect(() => {
    if (locked && !location.startsWith('/kiosk')) navigate('/kiosk', { replace: true });
  }, [locked, location, navigate]);
  return null;
}
