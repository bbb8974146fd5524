// Types of scripts/screenshot.mjs for the TypeScript tests (test/screenshot.test.ts).
export const WINDOW_WIDTH: number;
export const PICTURES: { review: string; report: string };
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file: string;
  line: number;
  title: string;
  message: string;
}
export function parseWorkflowCommands(text: string): Annotation[];
export function renderSceneReview(work: string): { annotations: Annotation[]; annotation: Annotation; diff: string };
export function renderReviewPage(review: { annotations: Annotation[]; annotation: Annotation; diff: string }): string;
export const SCENE: { path: string; before: string; after: string }[];
export function renderPage(markdown: string): string;
export function renderSceneMarkdown(work: string): string;
