import type { CatalogueSection } from '../types';

export const spfRules: CatalogueSection = {};
