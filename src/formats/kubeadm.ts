import { EMPTY_EXTRACTION, type FormatExtractor } from './extractor.js';

// Placeholder until implemented.
export const kubeadmFormat: FormatExtractor = { id: 'kubeadm', extract: () => EMPTY_EXTRACTION };
