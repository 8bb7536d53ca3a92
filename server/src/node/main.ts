// The language server's Node entry point: `node dist/server.js --stdio`.
// (First: how V8 runs regular expressions, before any runs.)
import './regexp';
import { startNodeServer } from '../lsp/node';

startNodeServer();
