/** Delivery dates as Indian shoppers read them: "Thu, 27 Nov". */
const day = new Intl.DateTimeFormat('en-IN', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/**
 * A delivery window of calendar dates (YYYY-MM-DD), as the logistics service estimates it, read at UTC
 * midnight so no time zone moves the day: "Thu, 27 Nov – Sat, 29 Nov", or one day when both are the same.
 */
export function formatDeliveryWindow(window: { from: string; to: string }): string {
  const from = day.format(new Date(`${window.from.slice(0, 10)}T00:00:00Z`));
  const to = day.format(new Date(`${window.to.slice(0, 10)}T00:00:00Z`));
  return from === to ? from : `${from} – ${to}`;
}
