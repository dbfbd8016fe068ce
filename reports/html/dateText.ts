/** ISO timestamps as the reports show them: "2025-12-20 10:30 UTC". */
export function dateText(iso: string | null | undefined): string {
  if (!iso) return '—';
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso;
}
