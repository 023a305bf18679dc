/** "12,5" in Swedish, "12.5" in English; "–" for no value. */
export function formatNumber(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    maximumFractionDigits: 2,
  }).format(value);
}

/** "12,5 %" / "40 lokaler": a value with its unit, or "–". */
export function formatValue(
  value: number | null | undefined,
  unit: string | null | undefined,
  language: string,
): string {
  const n = formatNumber(value, language);
  if (n === '–' || !unit?.trim()) return n;
  return `${n} ${unit.trim()}`;
}

/** A file's size: "2,4 MB" / "812 kB" (documents and evidence files alike). */
export function formatSize(bytes: number, language: string): string {
  const nf = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    maximumFractionDigits: 1,
  });
  if (bytes >= 1024 * 1024) return `${nf.format(bytes / 1024 / 1024)} MB`;
  return `${nf.format(Math.max(1, Math.round(bytes / 1024)))} kB`;
}
