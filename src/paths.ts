/**
 * Where the project's data folders are. Found by walking up to the folder that holds
 * package.json, so the same code works run from `src/` (tsx) and from the `dist/` bundle.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}

export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));
/** The bundled default content. */
export const DEFAULT_CONTENT_DIR = path.join(PROJECT_ROOT, 'content');
/** The SDL files, the schema's source of truth. */
export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');
/** Example operations: GraphiQL tabs, trusted documents, typed client documents. */
export const OPERATIONS_DIR = path.join(PROJECT_ROOT, 'operations');
