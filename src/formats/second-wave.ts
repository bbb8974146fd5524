// Distribution formats (SPEC §5 second wave). Each lives in its own file; this list registers them.
import type { FormatExtractor } from './extractor.js';

export const SECOND_WAVE_FORMATS: readonly FormatExtractor[] = [];
