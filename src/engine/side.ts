// One side of one file through every format: the settings it sets and the problems met reading it. The file
// is parsed at most once (formats share the Source) and every limit of src/limits.ts is enforced here.
//
// A side the formats could not read as a whole (a limit, NUL bytes the consuming program refuses, a parser
// failure, an extractor exception, the time budget) carries a whole-file problem: src/engine/unreadable.ts
// decides from the line diff whether the change touches a Service range key it hides.

import type { Problem, Setting } from '../model.js';
import { STRUCTURED_FORMATS, TEXT_FORMATS } from '../formats/index.js';
import { Source } from '../formats/toolkit/yaml-source.js';
import type { NeighbourLookup } from '../formats/flags/variable-files.js';
import { terraformFileKind, type TerraformDirectory } from '../formats/distributions/terraform-values.js';
import { mayMentionServiceRange as mentionsServiceRange } from '../prefilter.js';
import { EXTRACT_TIME_BUDGET_MS, MAX_TEXT_CHARS, findTextLimitBreaches, lineOf } from '../limits.js';

/** A problem of one side; `wholeFile` when it hides the whole file (or a whole format), not one value. */
export interface SideProblem extends Problem {
  wholeFile?: boolean;
}

/** Settings and problems of one side of one file. */
export interface SideExtraction {
  settings: Setting[];
  problems: SideProblem[];
  text: string;
}

/** Runs every format over one side of a file (a Terraform file with its directory, when known). Never throws. */
export function extractSide(
  path: string,
  text: string,
  timeBudgetMs = EXTRACT_TIME_BUDGET_MS,
  directory?: TerraformDirectory,
  now: () => number = () => performance.now(),
  /** Issue 13: the files a script or unit may read variables from, at this side. */
  neighbours?: NeighbourLookup,
): SideExtraction {
  const problems: SideProblem[] = [];
  // A whole-file problem hides whatever the file may set (the broad prefilter: a removal is not a removal when
  // the file could not be read); whether it becomes a finding is decided by the keys that SET a range
  // (src/engine/range-keys.ts) and the lines the change touches (src/engine/unreadable.ts).
  const hides = (t: string): boolean => mentionsServiceRange(t);
  if (text.length > MAX_TEXT_CHARS) {
    return {
      settings: [],
      problems: [
        {
          line: 1,
          message: `file is ${text.length} characters, above the ${MAX_TEXT_CHARS} limit; it was not read`,
          hidesRange: hides(text),
          wholeFile: true,
        },
      ],
      text,
    };
  }
  // Over-long lines are not read at all; invalid UTF-8 is read with a caution (src/limits.ts).
  for (const b of findTextLimitBreaches(text)) {
    const problem: SideProblem = { line: b.line, message: b.message, hidesRange: b.unread && hides(text), wholeFile: b.unread || undefined };
    if (b.unread) return { settings: [], problems: [problem], text };
    problems.push(problem);
  }
  const nul = readNulBytes(text);
  if (nul?.refusedByShell) {
    return { settings: [], problems: [{ line: nul.line, message: nul.refusedByShell, hidesRange: hides(text), wholeFile: true }], text };
  }
  const source = new Source(path, nul ? nul.shellText : text, directory, neighbours);
  const bySubject = new Map<string, Setting>();
  const started = now(); // `now` is injectable so tests drive the budget with a fake clock
  // Kubernetes' YAML decoder refuses a file with a NUL byte, so no structured format can read one; the text
  // formats read it as the shell does (NUL bytes dropped).
  const formats = nul ? [...TEXT_FORMATS] : [...STRUCTURED_FORMATS, ...TEXT_FORMATS];
  for (const [i, format] of formats.entries()) {
    const elapsed = now() - started;
    if (i > 0 && elapsed > timeBudgetMs) {
      problems.push({
        line: 1,
        message: `reading this file took ${Math.round(elapsed)} ms, above the ${timeBudgetMs} ms budget; not read as ${formats
          .slice(i)
          .map((f) => f.id)
          .join(', ')}`,
        hidesRange: hides(source.text),
        wholeFile: true,
      });
      break;
    }
    try {
      const r = format.extract(source);
      for (const s of r.settings) bySubject.set(`${s.role}|${s.subject}`, s);
      problems.push(...r.problems);
    } catch (e) {
      problems.push({
        line: 1,
        message: `the ${format.id} reader failed on this file: ${e instanceof Error ? e.message : String(e)}`,
        hidesRange: hides(source.text),
        format: format.id,
        wholeFile: true,
      });
    }
  }
  if (nul && looksLikeYaml(text)) {
    problems.push({ line: nul.line, message: nul.yamlMessage, hidesRange: hides(text), wholeFile: true });
  }
  // YAML syntax errors matter only where the file could be a cluster config; elsewhere they are noise.
  // When a format already read the range (or said it cannot), that answer stands; otherwise a broken YAML
  // file that names a range key must not pass silently.
  const yamlProblems = nul ? [] : (source.yaml?.problems ?? []);
  const answered = bySubject.size > 0 || problems.some((p) => p.hidesRange);
  // A Terraform file (.tf, .tfvars: HCL by name) is never read as YAML: a `---` in a heredoc is not a YAML document.
  // A script's YAML is its heredoc bodies (toolkit/heredocs.ts): whether that looks like YAML is read there.
  const yamlText = source.yaml?.yamlText ?? source.text;
  if (yamlProblems.length && !answered && terraformFileKind(path) === null && mentionsServiceRange(yamlText) && looksLikeYaml(yamlText)) {
    const first = yamlProblems[0];
    problems.push({
      ...first,
      hidesRange: true,
      wholeFile: true,
      message: `${first.message} — the Service range in this file cannot be read reliably`,
    });
    problems.push(...yamlProblems.slice(1));
  }
  // Limits reached while reading YAML are reported whatever the file looks like (src/limits.ts); they hide
  // the range unless the file is plainly not YAML and a text format already read it.
  const yamlUnread = mentionsServiceRange(source.text) && (looksLikeYaml(yamlText) || bySubject.size === 0);
  for (const p of nul ? [] : (source.yaml?.limits ?? [])) problems.push({ ...p, hidesRange: yamlUnread, wholeFile: true });
  return { settings: [...bySubject.values()], problems, text: source.text };
}

function looksLikeYaml(text: string): boolean {
  return /^(apiVersion|kind|networking|cluster|spec|services)\s*:/m.test(text) || /^---\s*$/m.test(text);
}

/** Bytes bash reads before it decides whether a script is a binary file (bash shell.c open_shell_script, 80). */
const SHELL_SAMPLE_CHARS = 80;

/**
 * NUL bytes, read as the consuming programs read them:
 * - bash and dash drop NUL bytes from a script's text (bash parse.y shell_getc skips '\0'; measured with bash
 *   5.2.15 and dash 0.5.12: `echo "a=10.96.0.0/1<NUL>2"` prints a=10.96.0.0/12, a NUL in a comment is ignored);
 * - but bash refuses to run a script with a NUL in its first line (first two with `#!`) within the first 80
 *   bytes: "cannot execute binary file" (bash general.c check_binary_file, bash 5.1+);
 * - Kubernetes decodes YAML with sigs.k8s.io/yaml on go-yaml v2, whose reader rejects control characters
 *   (go-yaml readerc.go yaml_parser_update_buffer: "control characters are not allowed"): a YAML file with a
 *   NUL byte is refused as a whole.
 * Returns null for text without NUL bytes.
 */
function readNulBytes(text: string): { line: number; shellText: string; refusedByShell: string | null; yamlMessage: string } | null {
  const at = text.indexOf('\0');
  if (at < 0) return null;
  const line = lineOf(text, at);
  const sample = text.slice(0, SHELL_SAMPLE_CHARS);
  const firstLines = sample.startsWith('#!') ? 2 : 1;
  const sampleLines = sample.split('\n').slice(0, firstLines).join('\n');
  // Only a `#!` script is surely run by a shell; a unit or env file with a NUL up front is read NUL-stripped.
  const refused = sample.startsWith('#!') && sampleLines.includes('\0');
  return {
    line,
    shellText: text.replace(/\0/g, ''),
    refusedByShell: refused
      ? `a NUL byte on line ${line} makes bash refuse to run this script ("cannot execute binary file"); it was not read`
      : null,
    yamlMessage: `line ${line} holds a NUL byte: Kubernetes' YAML decoder rejects control characters, so no component can read this file`,
  };
}
