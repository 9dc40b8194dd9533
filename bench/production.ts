/**
 * Newsgraph as production runs it: the bundle `npm start` builds (`prestart`, scripts/build.mjs)
 * started with the `node ...` command of package.json's `start` script, flags included. The
 * benchmarks measure this, not the TypeScript sources under a loader.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Builds dist/ as `prestart` does. */
export function buildProduction(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}

/** The arguments after `node` in `npm start` (of the checkout at `root`, by default this one). */
export function productionArgs(root = ROOT): string[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const words = pkg.scripts.start!.trim().split(/\s+/);
  if (words[0] !== 'node' || words.some((word) => /[$&|;<>'"`]/.test(word))) {
    throw new Error(`npm start is not a plain node command: ${pkg.scripts.start}`);
  }
  return words.slice(1);
}
