import { EMPTY_EXTRACTION, type FormatExtractor } from './extractor.js';

// Placeholder until implemented.
export const kindFormat: FormatExtractor = { id: 'kind', extract: () => EMPTY_EXTRACTION };
