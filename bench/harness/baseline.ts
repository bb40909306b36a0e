/**
 * A baseline gateway for before/after comparisons in one run: the source tree of an earlier
 * commit (git archive, so the repository's worktrees are untouched) driven by this checkout's
 * harness, so both sides are loaded and measured the same way.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));

export interface Baseline {
  commit: string;
  /** gateway-child.ts inside the baseline tree. */
  script: string;
  remove(): void;
}

/** The baseline tree of `commit`, or the reason there is none (not a git checkout, unknown commit). */
export function prepareBaseline(commit: string): Baseline | { unavailable: string } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: REPOSITORY, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  let full: string;
  try {
    full = git('rev-parse', '--verify', `${commit}^{commit}`).trim();
  } catch {
    return { unavailable: `commit ${commit} is not in this checkout` };
  }
  const directory = mkdtempSync(join(tmpdir(), 'opsgraph-baseline-'));
  const archive = execFileSync('git', ['archive', full, 'src', 'package.json', 'tsconfig.json'], { cwd: REPOSITORY, maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', directory], { input: archive });
  cpSync(join(REPOSITORY, 'bench', 'harness'), join(directory, 'bench', 'harness'), { recursive: true });
  symlinkSync(join(REPOSITORY, 'node_modules'), join(directory, 'node_modules'));
  return {
    commit: full.slice(0, 7),
    script: join(directory, 'bench', 'harness', 'gateway-child.ts'),
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}
