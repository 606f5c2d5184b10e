import type { CatalogueSection } from '../types';

export const dmarcRules: CatalogueSection = {};
