import type { FormatExtractor } from './extractor.js';

export const WAVE2_GROUP_A: readonly FormatExtractor[] = [];
