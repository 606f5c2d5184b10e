import type { CatalogueSection } from '../types';

export const nginxRules: CatalogueSection = {};
