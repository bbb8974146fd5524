// The one interface every format implements: read one side of one file, return effective settings with
// positions and the problems met on the way. Extractors are pure: no I/O, no printing, no exceptions
// escape (the engine still guards each call and turns a throw into a problem).

import type { Extraction } from '../../model.js';
import type { Source } from './yaml-source.js';

export interface FormatExtractor {
  /** Format id as it appears in findings' `format` field. */
  id: string;
  /**
   * Returns the settings this format finds in the file, or an empty extraction when the file is not of
   * this format. Recognition is by content (apiVersion/kind, program names, keys), never by file name.
   */
  extract(source: Source): Extraction;
}

export const EMPTY_EXTRACTION: Extraction = Object.freeze({ settings: [], problems: [] }) as Extraction;
