#!/usr/bin/env node
// The `qms` command line. Builds the program first when the build is missing or older
// than the sources (messages go to stderr, so --json output stays clean).
const { join } = require('node:path');
const { ensureBuild, root } = require('../scripts/ensure-build.cjs');

ensureBuild();
require(join(root, 'out', 'main', 'cli.js')).main();
