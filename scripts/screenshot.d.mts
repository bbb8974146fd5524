// Types of scripts/screenshot.mjs for the TypeScript tests (test/screenshot.test.ts).
export const WINDOW_SIZE: string;
export const SCENE: { path: string; before: string; after: string }[];
export function renderPage(markdown: string): string;
export function renderSceneMarkdown(work: string): string;
