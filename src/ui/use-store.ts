import { useEffect, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

/** Subscribes a component to a zustand vanilla store; re-renders when the selected value changes. */
export function useStore<S, T>(store: StoreApi<S>, select: (state: S) => T): T {
  const [value, setValue] = useState(() => select(store.getState()));
  useEffect(() => {
    setValue(select(store.getState()));
    return store.subscribe((state) => setValue(() => select(state)));
    // The selector is expected to be stable in meaning; re-subscribing on every render would thrash.
  }, [store]);
  return value;
}
