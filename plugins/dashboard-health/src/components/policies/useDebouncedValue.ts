import { useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';

/** The value once it has stopped changing for `delayMs`, so typing does not fire a request per key. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useDebounce(() => setDebounced(value), delayMs, [value]);
  return debounced;
}
