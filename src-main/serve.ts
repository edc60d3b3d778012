import { join } from 'node:path';
import { startBrowserServer } from './server/browser-server';
import { settingsPortMemory, startOnProjectPort } from './server/project-port';
import { parseServeArgs, SERVE_USAGE, UsageError } from './server/serve-args';
import { appPathsFromBuild, userDataDir } from './services/app-paths';
import { openWorkspace } from './services/open-workspace';
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
  const userData = userDataDir();
  const folder = await resolveStartupProject({
    requested: args.project,
    userData,
    sampleProject: join(paths.resources, 'sample-project'),
  });
  const workspace = await openWorkspace({ folder, program: 'QMS Workbench (browser mode)', paths, userData });
  const server = await startOnProjectPort({
    requested: args.port,
    folder: workspace.host.store.folder,
    memory: settingsPortMemory(userData),
    start: (port) => startBrowserServer({ port, rendererDir: paths.renderer, dispatch: workspace.dispatch }),
  });
  console.log(`QMS Workbench (browser mode) on ${server.url}  project: ${workspace.host.store.folder}`);
  if (workspace.host.store.readOnlyReason) console.log(`Read-only: ${workspace.host.store.readOnlyReason}`);
  const stop = () => {
    void Promise.all([server.close(), workspace.close()]).then(() => process.exit(0));
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
