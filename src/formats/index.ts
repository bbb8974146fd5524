// The registry of formats. Order matters only for de-duplication: structured (YAML) formats come before
// plain-text flag scanning, and a text setting on a line a structured format already read is dropped.

import type { FormatExtractor } from './extractor.js';
import { kubeadmFormat } from './kubeadm.js';
import { kindFormat } from './kind.js';
import { workloadsFormat } from './workloads.js';
import { flagTextFormat } from './flag-text.js';
import { SECOND_WAVE_FORMATS } from './second-wave.js';

export const STRUCTURED_FORMATS: readonly FormatExtractor[] = [kubeadmFormat, kindFormat, workloadsFormat, ...SECOND_WAVE_FORMATS];
export const TEXT_FORMATS: readonly FormatExtractor[] = [flagTextFormat];
