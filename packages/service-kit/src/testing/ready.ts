/**
 * What a test harness hands out before its beforeAll has run is a getter; `ready` is the getter's body:
 * the value, or an error naming what is not there yet.
 */
export function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} not ready`);
  return value;
}
