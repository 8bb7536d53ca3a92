// The language server's Node entry point: `node dist/server.js --stdio`.
import { startNodeServer } from '../lsp/node';

startNodeServer();
