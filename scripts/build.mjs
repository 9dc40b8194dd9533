// Bundles the service into dist/ so production starts with plain `node` (no TypeScript loader,
// one module graph to compile): start-up time is part of the product. GraphiQL's 9 MB page lives
// in a chunk of its own, loaded on the first browser visit.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export async function buildService(outdir = 'dist') {
  await build({
    entryPoints: ['src/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    splitting: true,
    minify: true,
    sourcemap: 'linked',
    outdir,
    logLevel: 'warning',
    // CommonJS dependencies inside an ES module bundle still call require() for Node's built-ins.
    banner: {
      js: "import { createRequire as __newsgraphRequire } from 'node:module'; const require = __newsgraphRequire(import.meta.url);",
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildService(process.argv[2]);
}
