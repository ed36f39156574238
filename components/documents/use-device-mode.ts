/** Whether this is the person's own device or a shared computer (non-personal setting). */
import { useEffect, useState } from 'react';
import type { DeviceMode } from '../../utils/reminders/badge.ts';
import { deviceItem } from '../../utils/storage/items.ts';

export function useDeviceMode(): DeviceMode {
  const [mode, setMode] = useState<DeviceMode>(null);
  useEffect(() => {
    let current = true;
    void deviceItem.getValue().then((value) => {
      if (current) setMode(value.mode);
    });
    const unwatch = deviceItem.watch((value) => setMode(value.mode));
    return () => {
      current = false;
      unwatch();
    };
  }, []);
  return mode;
}
