import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

/** Starts the server on the transport named in argv: --stdio (Neovim, any editor) or --node-ipc (VS Code). */
export function startNodeServer(): void {
  startServer(createConnection(ProposedFeatures.all));
}
