/** Delivery dates as Indian shoppers read them: "Thu, 27 Nov". */
const day = new Intl.DateTimeFormat('en-IN', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** `from` and `to` are calendar dates (YYYY-MM-DD); read at UTC midnight so no time zone shifts the day. */
export function deliveryWindow(estimate: { from: string; to: string }): string {
  const from = day.format(new Date(`${estimate.from.slice(0, 10)}T00:00:00Z`));
  const to = day.format(new Date(`${estimate.to.slice(0, 10)}T00:00:00Z`));
  return from === to ? from : `${from} – ${to}`;
}
