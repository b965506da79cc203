// Runs a TypeScript script of this repository under Vite's module runner, with the site's path
// aliases (~lib, ~viz, ~ml; declared once, in tsconfig.json), and calls its exported `main(args)`:
//   npx node src/scripts/run.mjs src/scripts/record-gradient-flow.ts
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node src/scripts/run.mjs <script.ts> [args…]');
  process.exit(2);
}
const { module } = await runnerImport(resolve(file), { configFile: false, root, logLevel: 'error', resolve: { tsconfigPaths: true } });
if (typeof module.main !== 'function') {
  console.error(`${file} exports no main()`);
  process.exit(2);
}
await module.main(args);
