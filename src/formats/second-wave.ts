// Distribution formats (SPEC §5 second wave). Each format lives in its own file; the two lists below
// register them (split in two so that two people can add formats without touching the same lines).
import type { FormatExtractor } from './extractor.js';
import { WAVE2_GROUP_A } from './wave2-group-a.js';
import { WAVE2_GROUP_B } from './wave2-group-b.js';

export const SECOND_WAVE_FORMATS: readonly FormatExtractor[] = [...WAVE2_GROUP_A, ...WAVE2_GROUP_B];
