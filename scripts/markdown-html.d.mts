// Types of scripts/markdown-html.mjs for the TypeScript tests (test/screenshot.test.ts).
export function escapeHtml(text: string): string;
export function renderInline(text: string): string;
export function splitRow(line: string): string[];
export function renderMarkdownHtml(markdown: string): string;
