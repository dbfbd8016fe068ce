#!/usr/bin/env node
// The `tekser` command. Plain JavaScript so that an older Node prints a clear message instead
// of a syntax error; the CLI itself is TypeScript run by Node's type stripping (Node >= 22.18).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `tekser needs Node.js 22.18 or newer; this is ${process.version}.\n` +
      'Run `npm run setup` in the tekser folder (it installs Node 22 locally), then use `npx tekser`.',
  );
  process.exit(1);
}
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
