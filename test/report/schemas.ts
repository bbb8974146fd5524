// Validators for the report formats, each from its consumer's published definition:
//  - SARIF 2.1.0: the official JSON Schema (sarif-2.1.0-rtm.5, draft-04) as shipped in the npm package
//    @microsoft/jest-sarif by the SARIF SDK authors; loaded from node_modules, never transcribed.
//  - the JSON report v1: docs/report.schema.json (this project's published contract).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Validator {
  (value: unknown): boolean;
  errors?: unknown[] | null;
}

/** Errors as short strings ('' list = valid), so a failing expect shows what is wrong and where. */
export function check(validate: Validator, value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => {
    const err = e as { instancePath?: string; message?: string; params?: unknown };
    return `${err.instancePath || '/'} ${err.message} ${JSON.stringify(err.params)}`;
  });
}

export const SARIF_SCHEMA_FILE = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

let sarif: Validator | undefined;
export function sarifValidator(): Validator {
  if (!sarif) {
    const schema = JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8'));
    // strict: false: the official schema uses keywords ajv's strict mode flags (e.g. unknown formats).
    // ajv-draft-04 is CommonJS (module.exports = Ajv, plus .default): take the class either way.
    const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: typeof Ajv }).default ?? AjvDraft04Module) as unknown as typeof Ajv;
    // unicodeRegExp: false: the schema's `language` pattern has a stray ']' that is only valid without the u flag.
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    // The formats the schema names, checked rather than ignored: absolute URIs, URI references, timestamps.
    const isUri =
      (base?: string) =>
      (v: string): boolean => {
        try {
          new URL(v, base);
          return true;
        } catch {
          return false;
        }
      };
    ajv.addFormat('uri', isUri());
    ajv.addFormat('uri-reference', isUri('file:///'));
    ajv.addFormat('date-time', (v: string) => !Number.isNaN(Date.parse(v)));
    sarif = ajv.compile(schema) as Validator;
  }
  return sarif;
}

export const REPORT_SCHEMA_FILE = path.join(root, 'docs/report.schema.json');

/**
 * The report v1 schema. `closed` sets additionalProperties: false on every object, so a field the writer
 * emits but the schema does not document fails the test (the schema may never fall behind).
 */
export function reportValidator(closed = false): Validator {
  const schema = JSON.parse(readFileSync(REPORT_SCHEMA_FILE, 'utf8'));
  if (closed) {
    const close = (s: Record<string, unknown>): void => {
      if (s && typeof s === 'object') {
        if (s.type === 'object' && s.properties) s.additionalProperties = false;
        for (const v of Object.values(s)) if (v && typeof v === 'object') close(v as Record<string, unknown>);
      }
    };
    close(schema);
  }
  const ajv = new Ajv({ allErrors: true, strict: true });
  return ajv.compile(schema) as Validator;
}
