import type { CatalogueSection } from '../types';

export const mailRules: CatalogueSection = {};
