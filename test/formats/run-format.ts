// Test helper for the distribution format tests: run one extractor on a text and index its results.
import { Source } from '../../src/formats/toolkit/yaml-source.js';
import type { FormatExtractor } from '../../src/formats/toolkit/extractor.js';
import type { Extraction, Setting } from '../../src/model.js';

export function run(
  format: FormatExtractor,
  text: string,
): Extraction & { service: (component?: Setting['component']) => Setting | undefined; role: (r: Setting['role']) => Setting[] } {
  const r = format.extract(new Source('input.yaml', text));
  return {
    ...r,
    service: (component) => r.settings.find((s) => s.role === 'service-range' && (component === undefined || s.component === component)),
    role: (role) => r.settings.filter((s) => s.role === role),
  };
}
