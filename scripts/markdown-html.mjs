// A tiny Markdown → HTML renderer for the constructs src/report/markdown.ts (renderMarkdown) and the comment
// channel emit, used only to draw docs/blocked-pr.png (scripts/screenshot.mjs): ATX headings, paragraphs,
// GFM tables, fenced code blocks, `- ` lists, `> ` quotes, the <details>/<summary> HTML blocks, and inline
// code spans, **strong**, _emphasis_, [links](url), backslash escapes and entities. Not a general Markdown
// parser: no new dependency for a picture. Untrusted text in a report is already escaped by renderMarkdown;
// this renderer still escapes everything it does not recognise, and lets through only a few inline tags.

const PUNCTUATION = /[!-/:-@[-`{-~]/;
const ENTITY = /^&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
const INLINE_TAG = /^<\/?(code|sub|br)\s*\/?>/i;
const HTML_BLOCK = /^<\/?(details|summary)[\s>]/i;
const TABLE_SEPARATOR = /^\|(\s*:?-+:?\s*\|)+\s*$/;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Renders one line of inline Markdown. */
export function renderInline(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length && PUNCTUATION.test(text[i + 1])) {
      out += escapeHtml(text[i + 1]);
      i += 2;
    } else if (c === '`') {
      const run = /^`+/.exec(text.slice(i))[0];
      const close = findRun(text, i + run.length, run.length);
      if (close < 0) {
        out += run;
        i += run.length;
      } else {
        let code = text.slice(i + run.length, close);
        // CommonMark 6.1: one space is stripped from each side when both sides have one.
        if (code.length > 1 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
        out += `<code>${escapeHtml(code)}</code>`;
        i = close + run.length;
      }
    } else if (text.startsWith('**', i)) {
      const close = findDelimiter(text, i + 2, '**');
      if (close < 0) {
        out += '**';
        i += 2;
      } else {
        out += `<strong>${renderInline(text.slice(i + 2, close))}</strong>`;
        i = close + 2;
      }
    } else if (c === '_' && (i === 0 || !/\w/.test(text[i - 1]))) {
      const close = findDelimiter(text, i + 1, '_');
      if (close < 0 || /\w/.test(text[close + 1] ?? '')) {
        out += '_';
        i += 1;
      } else {
        out += `<em>${renderInline(text.slice(i + 1, close))}</em>`;
        i = close + 1;
      }
    } else if (c === '[') {
      const m = /^\[([^\]]*)\]\(([^)\s]+)\)/.exec(text.slice(i));
      if (m && /^(https?:|#|\.{0,2}\/)/.test(m[2])) {
        out += `<a href="${escapeHtml(m[2])}">${renderInline(m[1])}</a>`;
        i += m[0].length;
      } else {
        out += '[';
        i += 1;
      }
    } else if (c === '&') {
      const m = ENTITY.exec(text.slice(i));
      out += m ? m[0] : '&amp;';
      i += m ? m[0].length : 1;
    } else if (c === '<') {
      const m = INLINE_TAG.exec(text.slice(i));
      out += m ? m[0] : '&lt;';
      i += m ? m[0].length : 1;
    } else if (c === '>') {
      out += '&gt;';
      i += 1;
    } else if (c === '"') {
      out += '&quot;';
      i += 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** Index of the next backtick run of exactly `length`, or -1. */
function findRun(text, from, length) {
  const re = /`+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].length === length) return m.index;
  return -1;
}

/** Index of the next unescaped delimiter outside code spans, or -1. */
function findDelimiter(text, from, delimiter) {
  for (let j = from; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '`') {
      const run = /^`+/.exec(text.slice(j))[0];
      const close = findRun(text, j + run.length, run.length);
      if (close >= 0) j = close + run.length - 1;
    } else if (text.startsWith(delimiter, j) && j > from) return j;
  }
  return -1;
}

/** Cells of a table row: split on `|` that is neither escaped nor inside a code span. */
export function splitRow(line) {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells = [];
  let cell = '';
  for (let j = 0; j < inner.length; j++) {
    const c = inner[j];
    if (c === '\\' && inner[j + 1] === '|') {
      // GFM: `\|` is a literal pipe in a cell, also inside a code span.
      cell += '|';
      j++;
    } else if (c === '\\' && j + 1 < inner.length) {
      cell += c + inner[j + 1];
      j++;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

function startsBlock(line, next) {
  return (
    /^#{1,6} /.test(line) ||
    /^`{3,}/.test(line) ||
    HTML_BLOCK.test(line) ||
    line.startsWith('<!--') ||
    /^[-*] /.test(line) ||
    /^> ?/.test(line) ||
    (line.startsWith('|') && next !== undefined && TABLE_SEPARATOR.test(next))
  );
}

/** Renders a Markdown document to an HTML fragment. */
export function renderMarkdownHtml(markdown) {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const fence = /^(`{3,})(.*)$/.exec(line);
    if (line.trim() === '') {
      i++;
    } else if (fence) {
      const body = [];
      i++;
      while (i < lines.length && !(lines[i].startsWith(fence[1]) && /^`+\s*$/.test(lines[i]))) body.push(lines[i++]);
      i++;
      const lang = fence[2].trim();
      out.push(`<pre><code${lang ? ` class="language-${escapeHtml(lang)}"` : ''}>${escapeHtml(body.join('\n'))}</code></pre>`);
    } else if (/^#{1,6} /.test(line)) {
      const m = /^(#{1,6}) (.*)$/.exec(line);
      out.push(`<h${m[1].length}>${renderInline(m[2].trim())}</h${m[1].length}>`);
      i++;
    } else if (line.startsWith('<!--')) {
      // The comment marker and other HTML comments: invisible on GitHub, dropped here.
      while (i < lines.length && !lines[i].includes('-->')) i++;
      i++;
    } else if (HTML_BLOCK.test(line)) {
      // Our own <details>/<summary> lines (renderMarkdown puts only rule ids and titles there): kept as HTML,
      // with inline Markdown-free content rendered through the inline tag allowlist.
      out.push(renderHtmlLine(line));
      i++;
    } else if (line.startsWith('|') && i + 1 < lines.length && TABLE_SEPARATOR.test(lines[i + 1])) {
      const head = splitRow(line);
      i += 2;
      const rows = [];
      while (i < lines.length && lines[i].startsWith('|')) rows.push(splitRow(lines[i++]));
      out.push(
        '<table>',
        `<thead><tr>${head.map((c) => `<th>${renderInline(c)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...rows.map((r) => `<tr>${r.map((c) => `<td>${renderInline(c)}</td>`).join('')}</tr>`),
        '</tbody>',
        '</table>',
      );
    } else if (/^[-*] /.test(line)) {
      const items = [];
      while (i < lines.length && /^[-*] /.test(lines[i])) items.push(lines[i++].slice(2));
      out.push(`<ul>${items.map((t) => `<li>${renderInline(t)}</li>`).join('')}</ul>`);
    } else if (/^> ?/.test(line)) {
      const quoted = [];
      while (i < lines.length && /^> ?/.test(lines[i])) quoted.push(lines[i++].replace(/^> ?/, ''));
      out.push(`<blockquote>${renderMarkdownHtml(quoted.join('\n'))}</blockquote>`);
    } else {
      const para = [];
      while (i < lines.length && lines[i].trim() !== '' && (para.length === 0 || !startsBlock(lines[i], lines[i + 1]))) para.push(lines[i++]);
      out.push(`<p>${para.map((l) => renderInline(l.trim())).join('\n')}</p>`);
    }
  }
  return out.join('\n');
}

/** One line of our own details/summary HTML: tags kept, text between them escaped. */
function renderHtmlLine(line) {
  const tag = /<\/?(details|summary|code)(\s+open)?\s*>/gi;
  let out = '';
  let last = 0;
  for (let m = tag.exec(line); m; m = tag.exec(line)) {
    out += escapeHtml(line.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + escapeHtml(line.slice(last));
}
