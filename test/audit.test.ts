/**
 * Dependency audit (issue: "dependencies audited"). The registry's audit endpoint is not
 * reachable from every machine, so the lockfile is checked against the checked-in advisory
 * list on every test run: a locked version inside a listed vulnerable range fails unless
 * audit/exceptions.json explains that exact version.
 */
import { readFileSync } from 'fs';
import path from 'path';
import {
  type AdvisoryList,
  type ExceptionList,
  type Lockfile,
  type LockPackage,
  auditPasses,
  compareVersions,
  directDependentsOf,
  formatReport,
  installedPackages,
  parseRange,
  readNpmAudit,
  runAudit,
  satisfies,
} from '../scripts/audit/check';

const root = path.resolve(__dirname, '..');
const readJson = <T>(rel: string): T => JSON.parse(readFileSync(path.join(root, rel), 'utf8')) as T;
const lock = readJson<Lockfile>('package-lock.json');
const list = readJson<AdvisoryList>('audit/advisories.json');
const exceptions = readJson<ExceptionList>('audit/exceptions.json');

/** A small lockfile: the root's runtime dependencies plus the given installed packages. */
function fixtureLock(rootDeps: string[], packages: Record<string, LockPackage>): Lockfile {
  const deps = Object.fromEntries(rootDeps.map((d) => [d, '*']));
  return { lockfileVersion: 3, packages: { '': { name: 'fixture', version: '1.0.0', dependencies: deps }, ...packages } };
}

/** The real shape around the uuid exception: exceljs (runtime) -> uuid 8.3.2. */
const shippedUuid = (uuid: LockPackage): Lockfile =>
  fixtureLock(['exceljs'], {
    'node_modules/exceljs': { version: '4.4.0', dependencies: { uuid: '^8.3.0', tmp: '^0.2.0' } },
    'node_modules/uuid': uuid,
    'node_modules/tmp': { version: '0.2.7' },
  });

describe('version ranges', () => {
  it('compares by semver precedence, prereleases below their release', () => {
    expect(compareVersions('1.2.3', '1.10.0')).toBeLessThan(0);
    expect(compareVersions('2.0.0-alpha.1', '2.0.0')).toBeLessThan(0);
    expect(compareVersions('2.0.0-alpha.2', '2.0.0-alpha.10')).toBeLessThan(0);
    expect(compareVersions('2.0.0-alpha', '2.0.0-alpha.1')).toBeLessThan(0);
    expect(compareVersions('2.0.0-1', '2.0.0-beta')).toBeLessThan(0);
    expect(compareVersions('1.0.0+build.5', '1.0.0')).toBe(0);
  });

  it('matches ||-joined comparator sets at their edges', () => {
    const range = '<1.1.12 || >=2.0.0 <2.0.2 || =3.5.0';
    expect(satisfies('1.1.11', range)).toBe(true);
    expect(satisfies('1.1.12', range)).toBe(false);
    expect(satisfies('2.0.0', range)).toBe(true);
    expect(satisfies('2.0.2', range)).toBe(false);
    expect(satisfies('3.5.0', range)).toBe(true);
    expect(satisfies('3.5.1', range)).toBe(false);
    expect(satisfies('0.2.3', '<=0.2.3')).toBe(true);
    expect(satisfies('6.15.3', '>=6.14.2 <=6.15.3')).toBe(true);
  });

  it('counts a prerelease inside a vulnerable range as vulnerable (node-semver would skip it)', () => {
    expect(satisfies('5.0.0-beta.1', '<5.0.0')).toBe(true);
    expect(satisfies('5.0.0-beta.1', '>=5.0.0-alpha.1 <5.0.0-beta.3')).toBe(true);
  });

  it('rejects ranges outside the supported grammar instead of guessing', () => {
    expect(() => parseRange('1.0.0 - 2.0.0')).toThrow();
    expect(() => parseRange('^1.2.0')).toThrow();
    expect(() => parseRange('<1.2')).toThrow();
    expect(() => parseRange('<1.0.0 ||')).toThrow();
  });
});

describe('the advisory list', () => {
  const lockedNames = new Set(installedPackages(lock).map((p) => p.name));

  it('is well-formed: ids, severities, sources and parseable ranges', () => {
    const keys = new Set<string>();
    for (const a of list.advisories) {
      expect(a.id).toMatch(/^(GHSA(-[23456789cfghjmpqrvwx]{4}){3}|CVE-\d{4}-\d{4,}|MALWARE-\d{4}-\d{2}-\d{2})$/);
      expect(['low', 'moderate', 'high', 'critical']).toContain(a.severity);
      expect(a.url).toMatch(/^https:\/\//);
      expect(['searched', 'recalled']).toContain(a.evidence);
      expect(a.title.length).toBeGreaterThan(12);
      expect(() => parseRange(a.vulnerable)).not.toThrow();
      const key = `${a.id} ${a.package}`;
      expect(keys.has(key)).toBe(false);
      keys.add(key);
    }
    expect(list.advisories.length).toBeGreaterThan(100);
  });

  it('names only packages that occur in package-lock.json', () => {
    const missing = list.advisories.filter((a) => !lockedNames.has(a.package)).map((a) => a.package);
    expect(missing).toEqual([]);
  });

  it('never lists a fixed version inside its own vulnerable range', () => {
    for (const a of list.advisories) {
      for (const fixed of a.fixed.match(/\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?/g) ?? []) {
        expect({ advisory: a.id, fixed, vulnerable: satisfies(fixed, a.vulnerable) }).toEqual({
          advisory: a.id,
          fixed,
          vulnerable: false,
        });
      }
    }
  });

  it('covers the packages that ship: the CLI stack and the add-in bundle', () => {
    const listed = new Set(list.advisories.map((a) => a.package));
    for (const name of ['jszip', 'tmp', 'uuid', 'minimatch', 'brace-expansion', 'fstream', '@babel/runtime']) {
      expect(listed.has(name)).toBe(true);
    }
  });
});

describe('the real package-lock.json', () => {
  const result = runAudit(lock, list, exceptions);

  it('passes: every match is explained, no stale or mis-scoped exception', () => {
    expect(formatReport(lock, result).filter((l) => !l.startsWith('excepted'))).toEqual([]);
    expect(auditPasses(result)).toBe(true);
  });

  it('has exactly the reviewed matches (a new match or a fixed one both show up here)', () => {
    const matches = result.findings.map((f) => `${f.advisory.id} ${f.installed.name}@${f.installed.version}`).sort();
    expect(matches).toEqual([
      'GHSA-64mm-vxmg-q3vj http-proxy-middleware@2.0.12',
      'GHSA-w5hq-g745-h8pq uuid@8.3.2',
      'GHSA-xcpc-8h2w-3j85 adm-zip@0.5.12',
      'GHSA-xcpc-8h2w-3j85 adm-zip@0.5.16',
      'GHSA-xcpc-8h2w-3j85 adm-zip@0.5.16',
      'GHSA-xcpc-8h2w-3j85 adm-zip@0.5.18',
    ]);
  });

  it('leaves no high or critical match in anything that ships', () => {
    const shipped = result.findings.filter((f) => !f.installed.dev);
    expect(shipped.map((f) => f.advisory.severity)).toEqual([]);
    // exceljs, which brings uuid, is a devDependency: the bench baseline, not the CLI.
    expect(directDependentsOf(lock, 'node_modules/uuid')).toEqual([]);
  });

  it('reads the dev flags: the direct runtime dependencies ship, the tooling does not', () => {
    const byPath = new Map(installedPackages(lock).map((p) => [p.path, p]));
    for (const name of ['saxen', 'fflate', 'react', 'react-dom', '@fluentui/react-components']) {
      expect(byPath.get(`node_modules/${name}`)?.dev).toBe(false);
    }
    for (const name of ['exceljs', 'jszip', 'saxes', 'tmp', 'webpack-dev-server', 'office-addin-debugging', 'tar', 'axios']) {
      expect(byPath.get(`node_modules/${name}`)?.dev).toBe(true);
    }
  });

  it('gives every exception a reason, a place it ships and a review date', () => {
    for (const e of exceptions.exceptions) {
      expect(e.reason.length).toBeGreaterThan(120);
      expect(e.shipsIn.length).toBeGreaterThan(10);
      expect(e.reviewBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(list.advisories.some((a) => a.id === e.id && a.package === e.package)).toBe(true);
    }
  });
});

describe('fixture lockfiles', () => {
  it('fails on a shipped tmp inside GHSA-ph9p-34f9-6g65 and says it ships via exceljs', () => {
    const fixture = fixtureLock(['exceljs'], {
      'node_modules/exceljs': { version: '4.4.0', dependencies: { tmp: '^0.2.0' } },
      'node_modules/tmp': { version: '0.2.5' },
    });
    const result = runAudit(fixture, list, exceptions);
    expect(auditPasses(result)).toBe(false);
    expect(result.unexcepted.map((f) => f.advisory.id)).toEqual(['GHSA-ph9p-34f9-6g65']);
    expect(formatReport(fixture, result)[0]).toMatch(/^NOT EXCEPTED +high +GHSA-ph9p-34f9-6g65 tmp@0\.2\.5 \[SHIPS \(via exceljs\)\]/);
  });

  it('catches the bypass range too: tmp 0.2.6 is only fixed in 0.2.7', () => {
    const result = runAudit(fixtureLock([], { 'node_modules/tmp': { version: '0.2.6' } }), list, exceptions);
    expect(result.unexcepted.map((f) => f.advisory.id)).toEqual(['CVE-2026-49982']);
  });

  it('passes the same tree with the patched tmp', () => {
    const result = runAudit(shippedUuid({ version: '8.3.2' }), list, exceptions);
    expect(result.unexcepted).toEqual([]);
  });

  it('does not stretch an exception to another vulnerable version', () => {
    const result = runAudit(shippedUuid({ version: '9.0.1' }), list, exceptions);
    expect(auditPasses(result)).toBe(false);
    expect(result.unexcepted.map((f) => `${f.advisory.id} ${f.installed.version}`)).toEqual(['GHSA-w5hq-g745-h8pq 9.0.1']);
  });

  it('reports an exception as stale once the version is fixed', () => {
    const result = runAudit(shippedUuid({ version: '11.1.1' }), list, exceptions);
    expect(result.findings.filter((f) => f.advisory.package === 'uuid')).toEqual([]);
    expect(result.stale.map((e) => e.id)).toContain('GHSA-w5hq-g745-h8pq');
    expect(auditPasses(result)).toBe(false);
  });

  it('rejects an exception whose dev/runtime scope contradicts the lockfile', () => {
    // The exception says dev; this tree ships uuid at run time.
    const result = runAudit(shippedUuid({ version: '8.3.2' }), list, exceptions);
    expect(result.wrongScope.map((w) => w.exception.id)).toEqual(['GHSA-w5hq-g745-h8pq']);
  });

  it('flags a published malware version by its exact number only', () => {
    const bad = runAudit(fixtureLock([], { 'node_modules/debug': { version: '4.4.2', dev: true } }), list, exceptions);
    expect(bad.unexcepted.map((f) => [f.advisory.id, f.advisory.severity])).toEqual([['GHSA-8mgj-vmr8-frr6', 'critical']]);
    const good = runAudit(fixtureLock([], { 'node_modules/debug': { version: '4.4.3', dev: true } }), list, exceptions);
    expect(good.findings).toEqual([]);
  });

  it('finds nested copies and aliased installs by their real name', () => {
    const fixture = fixtureLock([], {
      'node_modules/braces': { version: '3.0.3', dev: true },
      'node_modules/a': { version: '1.0.0', dev: true },
      'node_modules/a/node_modules/braces': { version: '3.0.2', dev: true },
      'node_modules/old-braces': { version: '2.3.2', name: 'braces', dev: true },
    });
    const result = runAudit(fixture, list, exceptions);
    expect(result.unexcepted.map((f) => f.installed.path)).toEqual([
      'node_modules/a/node_modules/braces',
      'node_modules/old-braces',
    ]);
  });
});

describe('npm audit output', () => {
  it('treats the registry refusing the advisory endpoint as unavailable', () => {
    const refused = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    });
    expect(readNpmAudit(refused)).toEqual({ ok: false, reason: expect.stringContaining('405') });
    expect(readNpmAudit('')).toEqual({ ok: false, reason: 'npm audit printed no JSON' });
  });

  it('reads counts and the high/critical packages from a v2 report', () => {
    const report = JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: {
        'adm-zip': {
          name: 'adm-zip',
          severity: 'high',
          via: [{ url: 'https://github.com/advisories/GHSA-xcpc-8h2w-3j85', severity: 'high' }],
        },
        uuid: { name: 'uuid', severity: 'moderate', via: [{ url: 'https://github.com/advisories/GHSA-w5hq-g745-h8pq' }] },
        'office-addin-project': { name: 'office-addin-project', severity: 'high', via: ['adm-zip'] },
      },
      metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 2, critical: 0, total: 3 } },
    });
    expect(readNpmAudit(report)).toEqual({
      ok: true,
      counts: { low: 0, moderate: 1, high: 2, critical: 0 },
      highOrCritical: [
        { name: 'adm-zip', severity: 'high', urls: ['https://github.com/advisories/GHSA-xcpc-8h2w-3j85'] },
        { name: 'office-addin-project', severity: 'high', urls: [] },
      ],
    });
  });
});
