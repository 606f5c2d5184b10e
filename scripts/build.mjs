// Bundles the client, the language server and the CLI with esbuild.
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  // The CLI shows no hovers: nginx's directive documentation (1.7 MB, only read for hover text) stays out of
  // its bundles, which V8 would otherwise parse at every start (see server/src/engine/nginx/directives.ts).
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', external: ['@nginx/reference-lib'] }),
  build({ ...common, entryPoints: ['server/src/cli-worker.ts'], outfile: 'dist/cli-worker.js', external: ['@nginx/reference-lib'] }),
]);
