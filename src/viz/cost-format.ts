/**
 * How the cost figures print multiply-adds, parameters and shares. One place, so the chart labels,
 * the data tables and the live status line always agree.
 */

/** Multiply-adds: '19.63 G' from 0.01 G up, '0.51 M' below (FC heads), '0' for none. */
export function formatMacs(macs: number): string {
  if (macs === 0) return '0';
  if (macs >= 1e7) return `${(macs / 1e9).toFixed(2)} G`;
  return `${(macs / 1e6).toFixed(2)} M`;
}

/** Multiply-adds in millions, for single units: '231 M'. */
export function formatMegaMacs(macs: number): string {
  return `${Math.round(macs / 1e6)} M`;
}

/** Parameters: '143.7 M' from 10 M up, '1.09 M' from 1 M, '74.0 k' below (SI's lower-case k), '0' for none. */
export function formatParams(params: number): string {
  if (params === 0) return '0';
  if (params >= 1e7) return `${(params / 1e6).toFixed(1)} M`;
  if (params >= 1e6) return `${(params / 1e6).toFixed(2)} M`;
  return `${(params / 1e3).toFixed(1)} k`;
}

/** A signed difference in the unit of `format`: '+0.17 M', '0'. */
export function formatExtra(value: number, format: (n: number) => string): string {
  return value === 0 ? '0' : `${value > 0 ? '+' : '−'}${format(Math.abs(value))}`;
}

/** A share 0…1 as a percentage with one decimal; '<0.1 %' for a sliver, '0 %' for nothing. */
export function formatShare(share: number): string {
  if (share === 0) return '0 %';
  if (share < 0.001) return '<0.1 %';
  return `${(share * 100).toFixed(1)} %`;
}
