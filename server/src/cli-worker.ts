// Worker-thread entry of the CLI (bundled as dist/cli-worker.js): checks the batches of files it is sent.
import { serveChecks } from './cli/worker-main';

serveChecks();
