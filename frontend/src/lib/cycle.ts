import type { TFunction } from 'i18next';

/**
 * A certification's name where cycles must be told apart: the organisation alone for the first
 * cycle, "Alingsås kommun, omgång 2" after a renewal (`cycle` from the API; missing counts as 1).
 */
export function cycleName(t: TFunction, name: string, cycle?: number | null): string {
  return cycle && cycle > 1 ? t('cycle.named', { name, cycle }) : name;
}
