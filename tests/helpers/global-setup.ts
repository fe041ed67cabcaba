import { execFileSync } from 'child_process';
import path from 'path';

/** Compiles the app once for all test files (each file then boots from dist/). */
export default async function globalSetup() {
  const root = path.resolve(__dirname, '..', '..');
  try {
    execFileSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], {
      cwd: root,
      stdio: 'pipe',
    });
  } catch (error) {
    const { stdout } = error as { stdout?: Buffer };
    throw new Error(`TypeScript build failed before the tests:\n${stdout?.toString() ?? error}`);
  }
}
