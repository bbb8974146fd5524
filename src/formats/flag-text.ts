import { EMPTY_EXTRACTION, type FormatExtractor } from './extractor.js';

// Placeholder until implemented.
export const flagTextFormat: FormatExtractor = { id: 'flag-text', extract: () => EMPTY_EXTRACTION };
