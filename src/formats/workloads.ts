import { EMPTY_EXTRACTION, type FormatExtractor } from './extractor.js';

// Placeholder until implemented.
export const workloadsFormat: FormatExtractor = { id: 'workloads', extract: () => EMPTY_EXTRACTION };
