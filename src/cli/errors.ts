// Errors in plain words, each with the next step: what the user sees instead of an errno or git's own text.

/** A file-system error about a path the user gave. */
export function describeFsError(e: unknown, p: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return `file not found: ${p}`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied: ${p}`;
    case 'EISDIR':
      return `'${p}' is a directory, not a file.`;
    case undefined:
      return (e as Error).message ?? String(e);
    default:
      return `Cannot read '${p}': ${code}.`;
  }
}

/** git errors of a repository scan, with the way out (the file-pair mode needs no repository). */
export function describeScanError(e: unknown, cwd: string): Error {
  const message = e instanceof Error ? e.message : String(e);
  if (/not a git repository/i.test(message)) {
    return new Error(`${cwd} is not inside a git repository. To compare two files, run: service-cidr-guard diff OLD NEW`);
  }
  if (/cannot run git/.test(message)) {
    return new Error(`${message}. Install git, or compare two files without it: service-cidr-guard diff OLD NEW`);
  }
  return e instanceof Error ? e : new Error(message);
}
