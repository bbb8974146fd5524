// One side of one file through every format: the settings it sets and the problems met reading it. The file
// is parsed at most once (formats share the Source) and every limit of src/limits.ts is enforced here.

import type { Problem, Setting } from '../model.js';
import { STRUCTURED_FORMATS, TEXT_FORMATS } from '../formats/index.js';
import { Source } from '../formats/source.js';
import { mayMentionServiceRange as mentionsServiceRange } from '../prefilter.js';
import { EXTRACT_TIME_BUDGET_MS, MAX_TEXT_CHARS, findTextLimitBreaches } from '../limits.js';

/** Settings and problems of one side of one file. */
export interface SideExtraction {
  settings: Setting[];
  problems: Problem[];
  text: string;
}

/** Runs every format over one side of a file. Never throws. */
export function extractSide(path: string, text: string, timeBudgetMs = EXTRACT_TIME_BUDGET_MS): SideExtraction {
  const problems: Problem[] = [];
  if (text.length > MAX_TEXT_CHARS) {
    return {
      settings: [],
      problems: [
        {
          line: 1,
          message: `file is ${text.length} characters, above the ${MAX_TEXT_CHARS} limit; it was not read`,
          hidesRange: mentionsServiceRange(text.slice(0, MAX_TEXT_CHARS)),
        },
      ],
      text,
    };
  }
  // Binary content and over-long lines are not read at all; invalid UTF-8 is read with a caution (src/limits.ts).
  for (const b of findTextLimitBreaches(text)) {
    const problem: Problem = { line: b.line, message: b.message, hidesRange: b.unread && mentionsServiceRange(text) };
    if (b.unread) return { settings: [], problems: [problem], text };
    problems.push(problem);
  }
  const source = new Source(path, text);
  const bySubject = new Map<string, Setting>();
  const started = performance.now();
  const formats = [...STRUCTURED_FORMATS, ...TEXT_FORMATS];
  for (const [i, format] of formats.entries()) {
    const elapsed = performance.now() - started;
    if (i > 0 && elapsed > timeBudgetMs) {
      problems.push({
        line: 1,
        message: `reading this file took ${Math.round(elapsed)} ms, above the ${timeBudgetMs} ms budget; not read as ${formats.slice(i).map((f) => f.id).join(', ')}`,
        hidesRange: mentionsServiceRange(source.text),
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
        hidesRange: mentionsServiceRange(source.text),
        format: format.id,
      });
    }
  }
  // YAML syntax errors matter only where the file could be a cluster config; elsewhere they are noise.
  // When a format already read the range (or said it cannot), that answer stands; otherwise a broken YAML
  // file that names a range key must not pass silently.
  const yamlProblems = source.yaml?.problems ?? [];
  const answered = bySubject.size > 0 || problems.some((p) => p.hidesRange);
  if (yamlProblems.length && !answered && mentionsServiceRange(source.text) && looksLikeYaml(source.text)) {
    const first = yamlProblems[0];
    problems.push({ ...first, hidesRange: true, message: `${first.message} — the Service range in this file cannot be read reliably` });
    problems.push(...yamlProblems.slice(1));
  }
  // Limits reached while reading YAML are reported whatever the file looks like (src/limits.ts); they hide
  // the range unless the file is plainly not YAML and a text format already read it.
  const yamlUnread = mentionsServiceRange(source.text) && (looksLikeYaml(source.text) || bySubject.size === 0);
  for (const p of source.yaml?.limits ?? []) problems.push({ ...p, hidesRange: yamlUnread });
  return { settings: [...bySubject.values()], problems, text: source.text };
}

function looksLikeYaml(text: string): boolean {
  return /^(apiVersion|kind|networking|cluster|spec|services)\s*:/m.test(text) || /^---\s*$/m.test(text);
}
