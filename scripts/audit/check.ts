/**
 * Offline dependency audit: matches every package version in package-lock.json against the
 * checked-in advisory list (audit/advisories.json) and the explained exceptions
 * (audit/exceptions.json). Used by `npm run audit` when the registry's audit endpoint cannot
 * be reached, and by test/audit.test.ts on every test run.
 *
 * The range matcher is our own: `semver` is only a transitive dependency here (hoisted at
 * 6.x), and installing it would rewrite the shared node_modules. It covers exactly the
 * grammar the advisory list uses: `||`-separated sets of space-separated comparators
 * (<, <=, >, >=, =) on full x.y.z[-pre] versions. Unlike node-semver, prereleases are compared
 * by plain precedence instead of being excluded, so a prerelease inside a vulnerable range
 * is reported rather than silently passed.
 */

export type Severity = 'low' | 'moderate' | 'high' | 'critical';

export interface Advisory {
  id: string;
  aliases: string[];
  package: string;
  severity: Severity;
  /** Vulnerable range, e.g. "<1.3.2 || >=2.0.0 <2.0.4". */
  vulnerable: string;
  fixed: string;
  title: string;
  url: string;
  /** "searched": range seen in a source during the review; "recalled": long-published, not re-fetched. */
  evidence: 'searched' | 'recalled';
  note?: string;
}

export interface AdvisoryList {
  reviewed: string;
  advisories: Advisory[];
}

export interface AuditException {
  id: string;
  package: string;
  /** Exact locked versions the exception covers; a new vulnerable version needs a new review. */
  versions: string[];
  /** What the lockfile must say about these copies: dev-only tooling, or shipped at runtime. */
  scope: 'dev' | 'runtime';
  /** Where it ends up: e.g. "CLI (via exceljs)", "dev tooling only (office-addin-debugging)". */
  shipsIn: string;
  reason: string;
  /** ISO date after which the exception must be looked at again. */
  reviewBy: string;
}

export interface ExceptionList {
  exceptions: AuditException[];
}

export interface LockPackage {
  version?: string;
  name?: string;
  dev?: boolean;
  devOptional?: boolean;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export interface Lockfile {
  lockfileVersion?: number;
  packages: Record<string, LockPackage>;
}

export interface Installed {
  name: string;
  version: string;
  /** Lockfile key, e.g. "node_modules/a/node_modules/b". */
  path: string;
  dev: boolean;
}

export interface Finding {
  advisory: Advisory;
  installed: Installed;
  exception?: AuditException;
}

export interface AuditResult {
  findings: Finding[];
  /** Findings without an exception: these fail the audit. */
  unexcepted: Finding[];
  /** Exceptions that match nothing any more (fixed, or version changed): clean them up. */
  stale: AuditException[];
  /** Exceptions whose declared scope contradicts the lockfile's dev flag. */
  wrongScope: { exception: AuditException; installed: Installed }[];
}

// ---------------------------------------------------------------- versions and ranges

interface Version {
  major: number;
  minor: number;
  patch: number;
  pre: (string | number)[];
}

const VERSION_RE = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export function parseVersion(text: string): Version {
  const m = VERSION_RE.exec(text.trim());
  if (!m) throw new Error(`not a full semver version: "${text}"`);
  const pre = m[4] ? m[4].split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : [];
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre };
}

/** Semver precedence: negative if a < b, 0 if equal, positive if a > b (build metadata ignored). */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  for (const k of ['major', 'minor', 'patch'] as const) {
    if (x[k] !== y[k]) return x[k] - y[k];
  }
  // A release outranks any of its prereleases.
  if (x.pre.length === 0 || y.pre.length === 0) return y.pre.length - x.pre.length;
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p === q) continue;
    if (typeof p === 'number' && typeof q === 'number') return p - q;
    if (typeof p === 'number') return -1; // numeric identifiers sort before alphanumeric ones
    if (typeof q === 'number') return 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

type Op = '<' | '<=' | '>' | '>=' | '=';
interface Comparator {
  op: Op;
  version: string;
}

const COMPARATOR_RE = /^(<=|>=|<|>|=)?(\S+)$/;

/** Parses "<1.2.3 || >=2.0.0 <2.0.4" into sets of comparators; throws on anything else. */
export function parseRange(range: string): Comparator[][] {
  const sets = range.split('||').map((s) => s.trim());
  if (sets.some((s) => s === '')) throw new Error(`empty comparator set in "${range}"`);
  return sets.map((set) =>
    set.split(/\s+/).map((token) => {
      const m = COMPARATOR_RE.exec(token);
      if (!m) throw new Error(`bad comparator "${token}" in "${range}"`);
      parseVersion(m[2]); // validates
      return { op: (m[1] ?? '=') as Op, version: m[2] };
    }),
  );
}

export function satisfies(version: string, range: string): boolean {
  return parseRange(range).some((set) =>
    set.every(({ op, version: bound }) => {
      const c = compareVersions(version, bound);
      switch (op) {
        case '<':
          return c < 0;
        case '<=':
          return c <= 0;
        case '>':
          return c > 0;
        case '>=':
          return c >= 0;
        case '=':
          return c === 0;
      }
    }),
  );
}

// ---------------------------------------------------------------- lockfile

/** Every installed package in the lockfile (skips the root and symlinks). */
export function installedPackages(lock: Lockfile): Installed[] {
  const out: Installed[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.link || !entry.version) continue;
    // Aliased installs (npm:other@x) record the real name in "name".
    const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    // devOptional: installed for dev only (optional in a dev tree); treat as dev.
    out.push({ name, version: entry.version, path, dev: Boolean(entry.dev || entry.devOptional) });
  }
  return out;
}

/** Resolves `dep` as Node would from the package installed at `from` (walks up node_modules). */
function resolveFrom(lock: Lockfile, from: string, dep: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = base === '' ? `node_modules/${dep}` : `${base}/node_modules/${dep}`;
    if (lock.packages[candidate]) return candidate;
    if (base === '') return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

/**
 * Which of the root's direct dependencies pull in the package at `target`: tells whether a
 * runtime finding ships in the add-in bundle (react, react-dom, Fluent UI) or the CLI
 * (exceljs, jszip).
 */
export function directDependentsOf(lock: Lockfile, target: string): string[] {
  // Only the root's runtime dependencies: devDependencies never ship.
  const direct = Object.keys(lock.packages['']?.dependencies ?? {});
  const reached: string[] = [];
  for (const name of direct) {
    const start = resolveFrom(lock, '', name);
    if (!start) continue;
    const seen = new Set<string>([start]);
    const queue = [start];
    while (queue.length > 0) {
      const at = queue.shift() as string;
      if (at === target) {
        reached.push(name);
        break;
      }
      const e = lock.packages[at];
      for (const dep of Object.keys({ ...e.dependencies, ...e.optionalDependencies, ...e.peerDependencies })) {
        const next = resolveFrom(lock, at, dep);
        if (next && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  }
  return reached;
}

// ---------------------------------------------------------------- the check

export function runAudit(lock: Lockfile, list: AdvisoryList, exceptions: ExceptionList): AuditResult {
  const installed = installedPackages(lock);
  const byName = new Map<string, Installed[]>();
  for (const p of installed) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);

  const findings: Finding[] = [];
  for (const advisory of list.advisories) {
    for (const p of byName.get(advisory.package) ?? []) {
      if (!satisfies(p.version, advisory.vulnerable)) continue;
      const exception = exceptions.exceptions.find(
        (e) => e.id === advisory.id && e.package === p.name && e.versions.includes(p.version),
      );
      findings.push({ advisory, installed: p, exception });
    }
  }

  const used = new Set(findings.filter((f) => f.exception).map((f) => f.exception));
  const wrongScope = findings
    .filter((f) => f.exception && (f.exception.scope === 'dev') !== f.installed.dev)
    .map((f) => ({ exception: f.exception as AuditException, installed: f.installed }));
  // An exception listing a version no vulnerable copy has any more is stale too: versions
  // must track the lockfile exactly, so a reviewed reason never silently covers new copies.
  const stale = exceptions.exceptions.filter(
    (e) =>
      !used.has(e) ||
      e.versions.some((v) => !findings.some((f) => f.exception === e && f.installed.version === v)),
  );
  return { findings, unexcepted: findings.filter((f) => !f.exception), stale, wrongScope };
}

/** True when the audit passes: every match explained, no stale or mis-scoped exception. */
export function auditPasses(result: AuditResult): boolean {
  return result.unexcepted.length === 0 && result.stale.length === 0 && result.wrongScope.length === 0;
}

const SEVERITY_ORDER: Severity[] = ['low', 'moderate', 'high', 'critical'];

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_ORDER.indexOf(severity) >= SEVERITY_ORDER.indexOf(threshold);
}

/** Human-readable report lines for the offline check. */
export function formatReport(lock: Lockfile, result: AuditResult): string[] {
  const lines: string[] = [];
  const where = (f: Finding): string => {
    if (f.installed.dev) return 'dev only';
    const via = directDependentsOf(lock, f.installed.path);
    return `SHIPS (via ${via.join(', ') || 'unknown'})`;
  };
  for (const f of result.findings) {
    const mark = f.exception ? 'excepted' : 'NOT EXCEPTED';
    lines.push(
      `${mark.padEnd(12)} ${f.advisory.severity.padEnd(8)} ${f.advisory.id} ${f.installed.name}@${f.installed.version} [${where(f)}] ${f.installed.path}`,
    );
  }
  for (const e of result.stale) lines.push(`STALE exception ${e.id} ${e.package}@${e.versions.join(',')}: no longer matches the lockfile exactly`);
  for (const w of result.wrongScope) {
    lines.push(`WRONG SCOPE   ${w.exception.id} ${w.installed.name}@${w.installed.version}: exception says ${w.exception.scope}, lockfile says ${w.installed.dev ? 'dev' : 'runtime'}`);
  }
  return lines;
}

// ---------------------------------------------------------------- npm audit output

export type NpmAuditOutcome =
  | { ok: true; counts: Record<Severity, number>; highOrCritical: { name: string; severity: Severity; urls: string[] }[] }
  | { ok: false; reason: string };

/**
 * Reads `npm audit --json` output. npm prints a JSON error object (exit 1) when the advisory
 * endpoint refuses (this machine's registry answers 405) or the network is down; then the
 * caller falls back to the offline list.
 */
export function readNpmAudit(stdout: string): NpmAuditOutcome {
  let data: unknown;
  try {
    data = JSON.parse(stdout);
  } catch {
    return { ok: false, reason: 'npm audit printed no JSON' };
  }
  const d = data as {
    error?: { code?: string; summary?: string };
    message?: string;
    vulnerabilities?: Record<string, { name: string; severity: Severity; via: (string | { url?: string })[] }>;
    metadata?: { vulnerabilities?: Partial<Record<Severity, number>> };
  };
  if (d.error || d.message || !d.vulnerabilities || !d.metadata?.vulnerabilities) {
    return { ok: false, reason: d.message || d.error?.summary || d.error?.code || 'unexpected npm audit output' };
  }
  const m = d.metadata.vulnerabilities;
  const counts: Record<Severity, number> = { low: m.low ?? 0, moderate: m.moderate ?? 0, high: m.high ?? 0, critical: m.critical ?? 0 };
  const highOrCritical = Object.values(d.vulnerabilities)
    .filter((v) => atLeast(v.severity, 'high'))
    .map((v) => ({
      name: v.name,
      severity: v.severity,
      urls: v.via.flatMap((x) => (typeof x === 'object' && x.url ? [x.url] : [])),
    }));
  return { ok: true, counts, highOrCritical };
}
