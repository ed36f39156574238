/**
 * WXT's fake browser has no `idle` API (it throws "not implemented"). This stands in for it in
 * every vitest test (installed by tests/setup.ts after each fakeBrowser.reset()): listeners can be
 * fired like the other fake events, and the detection interval and the queried state are recorded.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

type IdleState = 'active' | 'idle' | 'locked';
type Listener = (state: IdleState) => void;

export interface FakeIdle {
  /** Fires onStateChanged as the browser would. */
  trigger(state: IdleState): Promise<void>;
  /** The last setDetectionInterval value. */
  detectionSeconds: number | undefined;
  /** What queryState answers. */
  state: IdleState;
}

export let fakeIdle: FakeIdle;

export function installFakeIdle(): void {
  const listeners = new Set<Listener>();
  const record: FakeIdle = {
    detectionSeconds: undefined,
    state: 'active',
    async trigger(state) {
      for (const listener of listeners) await listener(state);
    },
  };
  Object.assign(fakeBrowser.idle, {
    setDetectionInterval(seconds: number) {
      record.detectionSeconds = seconds;
    },
    async queryState() {
      return record.state;
    },
    onStateChanged: {
      addListener: (listener: Listener) => void listeners.add(listener),
      removeListener: (listener: Listener) => void listeners.delete(listener),
      hasListener: (listener: Listener) => listeners.has(listener),
    },
  });
  fakeIdle = record;
}
