import type { FormatExtractor } from './extractor.js';
import { openshiftFormat } from './openshift.js';
import { eksctlFormat } from './eksctl.js';
import { rkeFormat } from './rke.js';
import { kubesprayFormat } from './kubespray.js';
import { terraformFormat } from './terraform.js';

export const WAVE2_GROUP_B: readonly FormatExtractor[] = [openshiftFormat, eksctlFormat, rkeFormat, kubesprayFormat, terraformFormat];
