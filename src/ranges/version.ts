// Kubernetes versions as files write them ('1.33', 'v1.33.2', '1.33.0', 'v1.34.0-rc.1'): only major.minor
// matters, because the validation rules change with feature-gate defaults per minor release.

export interface MinorVersion {
  major: number;
  minor: number;
}

const VERSION = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+][0-9A-Za-z.+-]*)?$/;

export function parseMinorVersion(text: string | undefined): MinorVersion | null {
  if (text === undefined) return null;
  const m = VERSION.exec(text.trim());
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]) };
}

/** Negative when a is older than b, 0 when the same minor, positive when newer. */
export function compareMinor(a: MinorVersion, b: MinorVersion): number {
  return a.major - b.major || a.minor - b.minor;
}

/** True when `text` names a version at or below `limit`; unknown or unreadable versions are newest (false). */
export function isAtMost(text: string | undefined, limit: MinorVersion): boolean {
  const v = parseMinorVersion(text);
  return v !== null && compareMinor(v, limit) <= 0;
}
