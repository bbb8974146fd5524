// Second-wave distribution formats, group A (issue 4): Cluster API, k3s/RKE2, k0s, kops, Talos.
import type { FormatExtractor } from './extractor.js';
import { clusterApiFormat } from './clusterapi.js';
import { k3sFormat } from './k3s.js';
import { k0sFormat } from './k0s.js';
import { kopsFormat } from './kops.js';
import { talosFormat } from './talos.js';

export const WAVE2_GROUP_A: readonly FormatExtractor[] = [clusterApiFormat, k3sFormat, k0sFormat, kopsFormat, talosFormat];
