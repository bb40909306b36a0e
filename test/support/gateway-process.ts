/** `src/index.ts` (what `npm start` runs) in a child process, for tests of the process itself. */
import { spawn, type ChildProcess } from 'node:child_process';

/** The line src/index.ts prints once it listens. */
export const READY = /gateway ready: (http:\/\/\S+\/graphql)/;

export interface GatewayProcess {
  child: ChildProcess;
  /** The GraphQL URL it printed. */
  url: string;
  /** Everything it wrote to stdout and stderr so far. */
  output: () => string;
}

export function spawnGatewayProcess(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Resolves once `child` says it is ready; rejects when it exits first or takes longer than `timeoutMs`. */
export function whenReady(child: ChildProcess, timeoutMs: number): Promise<GatewayProcess> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code}:\n${output}`)));
  });
}
