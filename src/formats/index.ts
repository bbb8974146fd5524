// The registry of formats. Every format reads every file (recognition is by content) and says nothing about
// files that are not its own. Structured (YAML/HCL) readers come first; the plain-text flag reader skips what
// the control-plane manifest reader understood, so no setting is read twice (src/formats/flag-text.ts).

import type { FormatExtractor } from './extractor.js';
import { kubeadmFormat } from './kubeadm.js';
import { kindFormat } from './kind.js';
import { workloadsFormat } from './workloads.js';
import { flagTextFormat } from './flag-text.js';
import { clusterApiFormat } from './clusterapi.js';
import { k3sFormat } from './k3s.js';
import { k0sFormat } from './k0s.js';
import { kopsFormat } from './kops.js';
import { talosFormat } from './talos.js';
import { openshiftFormat } from './openshift.js';
import { eksctlFormat } from './eksctl.js';
import { rkeFormat } from './rke.js';
import { kubesprayFormat } from './kubespray.js';
import { terraformFormat } from './terraform.js';

/** Distribution formats (SPEC §5, second wave), group A. */
export const DISTRIBUTION_FORMATS_A: readonly FormatExtractor[] = [clusterApiFormat, k3sFormat, k0sFormat, kopsFormat, talosFormat];
/** Distribution formats (SPEC §5, second wave), group B. */
export const DISTRIBUTION_FORMATS_B: readonly FormatExtractor[] = [openshiftFormat, eksctlFormat, rkeFormat, kubesprayFormat, terraformFormat];

export const STRUCTURED_FORMATS: readonly FormatExtractor[] = [
  kubeadmFormat,
  kindFormat,
  workloadsFormat,
  ...DISTRIBUTION_FORMATS_A,
  ...DISTRIBUTION_FORMATS_B,
];
export const TEXT_FORMATS: readonly FormatExtractor[] = [flagTextFormat];
