// Where an extension repo lives on disk (reference §2.3). A file:// repo is used in
// place. An http(s) repo is a git checkout under $XDG_DATA_HOME/tilt-dev/tilt_modules/
// <host>/<path>, as Tilt keeps it: cloned when missing, pulled once per process when
// present (a failed pull keeps the existing checkout, as Tilt does), and checked out at
// `ref` when one is pinned. Failures are thrown as plain messages; the caller prefixes
// "loading extension repo NAME: ".

import { existsSync, rmSync, statSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import type { LoadContext } from '../../kit/index.js';

export interface RepoSpec {
  name: string;
  url: string;
  ref: string;
}

/** A repo that cannot be resolved; `message` is the reason Tilt would report. */
export class RepoError extends Error {}

/** Checkouts already refreshed by this process (Tilt pulls once per process). */
const refreshed = new Set<string>();

/** The directory holding the repo's files. */
export function repoRoot(cx: LoadContext, repo: RepoSpec): string {
  if (repo.url.startsWith('file://')) return fileRepo(repo);
  return remoteRepo(cx, repo);
}

function fileRepo(repo: RepoSpec): string {
  if (repo.ref !== '') throw new RepoError('spec.ref not supported on file:// repos');
  const path = repo.url.slice('file://'.length);
  if (!isAbsolute(path)) throw new RepoError(`file paths must be absolute. Url: ${repo.url}`);
  const info = statOrError(path, 'loading');
  if (!info.isDirectory()) throw new RepoError('loading: not a directory');
  return path;
}

function statOrError(path: string, what: string): Stats {
  try {
    return statSync(path);
  } catch (e) {
    throw new RepoError(`${what}: stat ${path}: ${errnoText(e)}`);
  }
}

/** Go's text for the common errno values. */
function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'ENOTDIR') return 'not a directory';
  if (code === 'EACCES') return 'permission denied';
  return (e as Error).message;
}

/** $XDG_DATA_HOME/tilt-dev/tilt_modules, with the platform's default data home. */
export function tiltModulesDir(env: Record<string, string | undefined>): string {
  const home = env.HOME || homedir();
  const xdg = env.XDG_DATA_HOME;
  let base: string;
  if (xdg && isAbsolute(xdg)) base = xdg;
  else if (process.platform === 'darwin') base = join(home, 'Library', 'Application Support');
  else base = join(home, '.local', 'share');
  return join(base, 'tilt-dev', 'tilt_modules');
}

/** The checkout directory of an http(s) repo URL. */
export function checkoutDir(env: Record<string, string | undefined>, url: string): string {
  // Go's filepath.Join drops a trailing slash; node's join keeps it.
  return join(tiltModulesDir(env), url.replace(/^https?:\/\//, '').replace(/\/+$/, ''));
}

function remoteRepo(cx: LoadContext, repo: RepoSpec): string {
  const dest = checkoutDir(cx.host.env, repo.url);
  let exists = false;
  try {
    exists = statSync(dest).isDirectory();
    if (!exists) throw new RepoError(`loading download destination: ${dest} is not a directory`);
  } catch (e) {
    if (e instanceof RepoError) throw e;
  }
  const pinned = repo.ref !== '' && repo.ref !== 'HEAD';
  if (!exists) {
    clone(cx, repo, dest);
  } else if (!pinned && !refreshed.has(dest) && isGitCheckout(dest)) {
    const r = git(cx, ['-C', dest, 'pull', '--ff-only', '--quiet'], 30_000);
    if (!r.ok) cx.log(`extensionrepo ${repo.name}: could not update ${dest} (${r.message}); using the existing checkout`);
  }
  refreshed.add(dest);
  if (pinned) checkoutRef(cx, repo, dest);
  return dest;
}

function isGitCheckout(dir: string): boolean {
  try {
    statSync(join(dir, '.git'));
    return true;
  } catch {
    return false;
  }
}

function clone(cx: LoadContext, repo: RepoSpec, dest: string): void {
  const offlineHint =
    `tiltjs needs a copy of ${repo.url} to load this extension. Without network access, either clone it ` +
    `into ${dest} (or copy a checkout there), or point the repo at a local directory before the load: ` +
    `v1alpha1.extension_repo(name='${repo.name}', url='file:///path/to/checkout')`;
  if (!cx.host.which('git')) {
    throw new RepoError(`download error: git is not installed, so ${repo.url} cannot be cloned. ${offlineHint}`);
  }
  // git creates the missing parents of dest; a failed clone must not leave them behind.
  const created = firstMissing(dest);
  const r = git(cx, ['clone', '--quiet', repo.url, dest], 300_000);
  if (!r.ok) {
    if (created !== null) rmSync(created, { recursive: true, force: true });
    throw new RepoError(`download error: git clone ${repo.url}: ${r.message}. ${offlineHint}`);
  }
}

/** The outermost directory on the way to `path` that does not exist yet. */
function firstMissing(path: string): string | null {
  let missing: string | null = null;
  for (let p = path; !existsSync(p); p = dirname(p)) {
    missing = p;
    if (dirname(p) === p) break;
  }
  return missing;
}

function checkoutRef(cx: LoadContext, repo: RepoSpec, dest: string): void {
  let r = git(cx, ['-C', dest, 'checkout', '--quiet', repo.ref], 60_000);
  if (!r.ok) {
    // The ref may be newer than the checkout: fetch, then try again.
    git(cx, ['-C', dest, 'fetch', '--quiet', 'origin'], 120_000);
    r = git(cx, ['-C', dest, 'checkout', '--quiet', repo.ref], 60_000);
  }
  if (!r.ok) throw new RepoError(`sync to ref ${repo.ref}: ${r.message}`);
}

function git(cx: LoadContext, args: string[], timeoutMs: number): { ok: boolean; message: string } {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(cx.host.env)) if (v !== undefined) env[k] = v;
  env.GIT_TERMINAL_PROMPT = '0';
  const r = cx.host.runCommand(['git', ...args], { cwd: cx.mainDir, env, timeoutMs });
  if (r.error) return { ok: false, message: r.error.message };
  if (r.status !== 0) {
    const text = r.stderr.trim().split('\n').filter(Boolean).join('; ');
    return { ok: false, message: text || `git exited with status ${r.status}` };
  }
  return { ok: true, message: '' };
}
