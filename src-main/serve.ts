import { join } from 'node:path';
import { createDispatcher } from './api/dispatcher';
import { createProjectHandlers } from './api/project-handlers';
import { startBrowserServer } from './server/browser-server';
import { parseServeArgs, SERVE_USAGE, UsageError } from './server/serve-args';
import { appPathsFromBuild, userDataDir } from './services/app-paths';
import { ProjectStore } from './services/project-store';
import { resolveStartupProject } from './services/startup-project';

/** Browser mode: `npm run serve`. Prints one line with the address to open. */
async function main(): Promise<number> {
  let args: ReturnType<typeof parseServeArgs>;
  try {
    args = parseServeArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`qms serve: ${error.message}\n${SERVE_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(SERVE_USAGE);
    return 0;
  }
  const paths = appPathsFromBuild(__dirname);
  const folder = await resolveStartupProject({
    requested: args.project,
    userData: userDataDir(),
    sampleProject: join(paths.resources, 'sample-project'),
  });
  const store = await ProjectStore.open(folder);
  const server = await startBrowserServer({
    port: args.port,
    rendererDir: paths.renderer,
    dispatch: createDispatcher(createProjectHandlers(store)),
  });
  console.log(`QMS Workbench (browser mode) on ${server.url}  project: ${store.folder}`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(`qms serve: ${(error as Error)?.message ?? String(error)}`);
    process.exit(1);
  },
);
