import type { CatalogueSection } from '../types';

export const dkimRules: CatalogueSection = {};
