// `npm run serve`: build if needed, then browser mode (src-main/serve.ts).
const { join } = require('node:path');
const { ensureBuild, root } = require('./ensure-build.cjs');

ensureBuild();
require(join(root, 'out', 'main', 'serve.js'));
