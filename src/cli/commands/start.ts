import type { Command } from 'commander';
import { openRebound } from '../../server/compose.js';
import { loadConfig } from '../../server/config.js';
import { startServer } from '../../server/serve.js';
import { say } from '../output.js';
import type { GlobalOptions } from '../session.js';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('serve the web app and the API, and print the URL')
    .option('--port <port>', 'port to listen on (default 5178; 0 picks a free one)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .action(async (options: { port?: string; host?: string }) => {
      const global = program.opts<GlobalOptions>();
      const config = loadConfig({
        dataDir: global.dataDir,
        port: options.port,
        host: options.host,
      });
      const rebound = await openRebound(config);
      const { server, url } = await startServer(rebound, { port: config.port, host: config.host });
      say(`Rebound is running on the ${rebound.storeDescription}.`);
      process.stdout.write(`${url}\n`);
      const stop = () => {
        say('Stopping Rebound…');
        server.close();
        void rebound.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
