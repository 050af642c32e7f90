#!/usr/bin/env node
// The `kpi` command: runs the TypeScript CLI through tsx so no build step is needed.
require('tsx/cjs');
require('../src/cli/main.ts').run(process.argv.slice(2));
