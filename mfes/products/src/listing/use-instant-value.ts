import { useEffect, useState } from 'react';

/**
 * A control's value that follows the URL but changes the moment the shopper acts. The router applies
 * URL changes in a transition, and until it commits React would put a controlled checkbox or select
 * back to its old value: the click would look ignored for a moment.
 */
export function useInstantValue<T>(fromUrl: T): [T, (value: T) => void] {
  const [value, setValue] = useState(fromUrl);
  useEffect(() => {
    setValue(fromUrl);
  }, [fromUrl]);
  return [value, setValue];
}
