import type { TFunction } from 'i18next';
import type { Sector } from '../api/types';

export const sectorLabel = (t: TFunction, sector: Sector | string) => t(`sectors.${sector}`);
