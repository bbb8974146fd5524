// Types of bench/generate.mjs for the TypeScript smoke test (test/bench/generate.test.ts).
export type Tree = Record<string, string>;
export function createRandom(seed: number): () => number;
export function ordinaryManifest(i: number, revision: number): string;
export function kubeadmConfig(i: number, dual: boolean): string;
export const KUBEADM_SERVICE_SUBNET_LINE: number;
export function generateChange(options: { ordinary: number; configs: number }): { base: Tree; head: Tree; reductions: string[] };
export function fastImportStream(base: Tree, head: Tree): string;
