import type { CatalogueSection } from '../types';

export const zoneRules: CatalogueSection = {};
