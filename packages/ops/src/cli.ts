#!/usr/bin/env node
// emporium-ops: the operator CLI of the Emporium Helm chart. See README.md or `emporium-ops --help`.
import { processIo } from './format.ts';
import { main } from './run.ts';

const code = await main(process.argv.slice(2), processIo);
// Exit now rather than when the API client's idle keep-alive sockets close; stdout and stderr are
// synchronous for files and pipes, so nothing written is lost.
process.exit(code);
