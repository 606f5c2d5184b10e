// Builds nothing: runs the CLI on examples/ and treats "problems found" (exit 1) as the expected outcome.
import { spawnSync } from 'node:child_process';

const result = spawnSync(process.execPath, ['bin/mailzone.js', 'check', 'examples/'], { stdio: 'inherit' });
if (result.status === 1) {
  console.log('\nmailzone found the problems the examples were written with (exit code 1, as expected).');
  process.exit(0);
}
console.error(`\nmailzone exited with ${result.status}: expected 1 (problems found in examples/).`);
process.exit(1);
