/**
 * `npm run audit`: dependency audit with an offline fallback.
 *
 * 1. Tries `npm audit --audit-level=high --json` (the registry's advisory service).
 * 2. If that is refused or unreachable (this machine's registry answers 405 for the advisory
 *    endpoint), checks package-lock.json against the checked-in list audit/advisories.json.
 *
 * Either way, a high/critical finding (online) or any listed finding (offline) fails the run
 * unless audit/exceptions.json explains it. The output says which source was used.
 * `--offline` skips step 1.
 */
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import path from 'path';
import {
  type AdvisoryList,
  type ExceptionList,
  type Lockfile,
  auditPasses,
  formatReport,
  readNpmAudit,
  runAudit,
} from './check';

const root = path.resolve(__dirname, '..', '..');
const readJson = <T>(rel: string): T => JSON.parse(readFileSync(path.join(root, rel), 'utf8')) as T;

function online(exceptions: ExceptionList): number | undefined {
  const npm = spawnSync('npm', ['audit', '--audit-level=high', '--json'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    shell: process.platform === 'win32', // npm is npm.cmd there
  });
  const outcome = readNpmAudit(npm.stdout ?? '');
  if (!outcome.ok) {
    console.log(`npm audit unavailable: ${outcome.reason.split('\n')[0]}`);
    return undefined;
  }
  console.log('Source: npm audit (registry advisory service).');
  const c = outcome.counts;
  console.log(`Found: ${c.critical} critical, ${c.high} high, ${c.moderate} moderate, ${c.low} low.`);
  let failing = 0;
  for (const v of outcome.highOrCritical) {
    // npm reports advisories by URL (…/advisories/GHSA-…); match them to exceptions by id.
    const excepted = exceptions.exceptions.some((e) => e.package === v.name && v.urls.some((u) => u.endsWith(e.id)));
    if (!excepted) failing++;
    console.log(`${excepted ? 'excepted    ' : 'NOT EXCEPTED'} ${v.severity.padEnd(8)} ${v.name} ${v.urls.join(' ')}`);
  }
  if (failing > 0) console.log(`${failing} high/critical package(s) without an exception in audit/exceptions.json.`);
  return failing > 0 ? 1 : 0;
}

function offline(exceptions: ExceptionList): number {
  const list = readJson<AdvisoryList>('audit/advisories.json');
  const lock = readJson<Lockfile>('package-lock.json');
  const ageDays = Math.floor((Date.now() - Date.parse(list.reviewed)) / 86_400_000);
  console.log(
    `Source: offline advisory list audit/advisories.json (${list.advisories.length} advisories, reviewed ${list.reviewed}, ${ageDays} days ago).`,
  );
  if (ageDays > 90) console.log('Warning: the list is over 90 days old; newer advisories are not in it (see docs/dependencies.md).');
  const result = runAudit(lock, list, exceptions);
  for (const line of formatReport(lock, result)) console.log(line);
  const excepted = result.findings.length - result.unexcepted.length;
  console.log(
    `${result.findings.length} match(es): ${excepted} explained in audit/exceptions.json, ${result.unexcepted.length} not; ` +
      `${result.stale.length} stale and ${result.wrongScope.length} mis-scoped exception(s).`,
  );
  return auditPasses(result) ? 0 : 1;
}

/** A warning, not a failure: an overdue review should not break an unrelated build. */
function warnOverdue(exceptions: ExceptionList): void {
  for (const e of exceptions.exceptions) {
    if (Date.parse(e.reviewBy) < Date.now()) {
      console.log(`Review due: the exception for ${e.id} (${e.package}) was to be looked at again by ${e.reviewBy}.`);
    }
  }
}

function main(): number {
  const exceptions = readJson<ExceptionList>('audit/exceptions.json');
  warnOverdue(exceptions);
  if (!process.argv.includes('--offline')) {
    const code = online(exceptions);
    if (code !== undefined) return code;
    console.log('Falling back to the offline check.');
  }
  return offline(exceptions);
}

process.exitCode = main();
