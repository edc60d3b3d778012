/** A moment as the window shows it in histories: "12 Mar 2026 14:05" in the user's own locale. */
export function dateTimeText(iso: string): string {
  const date = new Date(iso);
  return `${date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })} ${date.toLocaleTimeString(
    undefined,
    { hour: '2-digit', minute: '2-digit' },
  )}`;
}
