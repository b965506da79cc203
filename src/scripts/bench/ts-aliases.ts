/**
 * Lets plain Node 24 import the site's TypeScript modules (src/ml, src/lib) the way Vite and
 * Vitest do: `~lib/…`-style aliases from tsconfig.json's `paths`, and relative imports written
 * without an extension. Node strips the types itself; this only resolves names. (Vite's
 * `runnerImport`, which src/scripts/run.mjs uses, closes its runner once the module is loaded,
 * so src/ml's on-demand `import('@tensorflow/tfjs-backend-wasm')` fails there and the wasm
 * backend never starts.) Import this module first, then load site code with a dynamic
 * `import()`: static imports are resolved before any hook could be registered.
 */
import { existsSync, readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = new URL('../../../', import.meta.url);

/** tsconfig.json `paths` as prefix → folder URL, e.g. `~lib/` → file:///…/src/lib/. */
function aliases(): [string, URL][] {
  const tsconfig = JSON.parse(readFileSync(new URL('tsconfig.json', ROOT), 'utf8')) as {
    compilerOptions?: { paths?: Record<string, string[]> };
  };
  return Object.entries(tsconfig.compilerOptions?.paths ?? {}).flatMap(([pattern, [target]]) =>
    pattern.endsWith('/*') && target?.endsWith('/*')
      ? [[pattern.slice(0, -1), new URL(target.slice(0, -1), ROOT)] as [string, URL]]
      : [],
  );
}

const ALIASES = aliases();

/** The .ts file a specifier written without extension means, if there is one. */
function withExtension(url: URL): string | null {
  const path = fileURLToPath(url);
  if (/\.[cm]?[jt]s$/.test(path) && existsSync(path)) return url.href;
  for (const candidate of [`${path}.ts`, `${path}/index.ts`]) {
    if (existsSync(candidate)) return pathToFileURL(candidate).href;
  }
  return null;
}

registerHooks({
  resolve(specifier, context, nextResolve) {
    const alias = ALIASES.find(([prefix]) => specifier.startsWith(prefix));
    if (alias) {
      const found = withExtension(new URL(specifier.slice(alias[0].length), alias[1]));
      if (found) return { url: found, shortCircuit: true };
    } else if (specifier.startsWith('.') && context.parentURL?.endsWith('.ts')) {
      const found = withExtension(new URL(specifier, context.parentURL));
      if (found) return { url: found, shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
});
