/** `npm run policy -- <command>`: the staff CLI (src/cli). */
import { processIo, runCli } from '../src/cli/index.ts';

process.exitCode = await runCli(process.argv.slice(2), processIo());
