import type { CatalogueSection } from '../types';

export const configRules: CatalogueSection = {};
