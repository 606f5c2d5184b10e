import { runVscodeSuite, vscodeExecutable } from './vscode/run';

// The integration suite in a real VS Code runs only when MAILZONE_VSCODE_PATH names an installed VS Code;
// this machine has none and the suite must not download one, so otherwise it reports itself as not run.
describe('VS Code integration suite (@vscode/test-electron)', function () {
  this.timeout(600_000);

  it('runs in a real VS Code in English and Simplified Chinese', async function () {
    if (!vscodeExecutable()) {
      await runVscodeSuite();
      this.skip();
    }
    await runVscodeSuite();
  });
});
