// Types of bench/git-mode.mjs for the TypeScript smoke test (test/bench/generate.test.ts).
export interface BenchRepository {
  dir: string;
  env: NodeJS.ProcessEnv;
  baseSha: string;
  headSha: string;
  reductions: string[];
  files: number;
  bytes: number;
  remove(): void;
}
export function createBenchRepository(options: { ordinary: number; configs: number }): Promise<BenchRepository>;
export function blobIdsOfRawDiff(raw: Buffer): string[];
export function benchGitMode(options: {
  cliBundle: string;
  ordinary?: number;
  configs?: number;
  runs?: number;
  log?: (m: string) => void;
}): Promise<unknown>;
