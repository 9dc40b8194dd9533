/**
 * Runs `src/main.ts` as `npm start` does, in a child process, for start-up and shutdown tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface MainProcess {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** @param args what node runs: by default the sources through tsx. */
export function spawnMain(
  env: Record<string, string>,
  args: string[] = ['--import', 'tsx', 'src/main.ts'],
): MainProcess {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, stderr: () => stderr, exited };
}

/** The base URL once the server logs that it is serving. */
export async function servingUrl(main: MainProcess, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /serving (http:\/\/[^/\s"]+)/.exec(main.stderr());
    if (match?.[1]) return match[1];
    if (main.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`server did not start: ${main.stderr()}`);
}
