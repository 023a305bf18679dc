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
