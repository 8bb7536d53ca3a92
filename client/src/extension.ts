/**
 * The VS Code client: starts the Minutes language server for `minutes`
 * documents, passes the `minutes.*` settings, and shows the server's output.
 */
import * as path from 'node:path';
import { commands, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const output = window.createOutputChannel('Minutes');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'minutes' }],
    synchronize: { configurationSection: 'minutes' },
    initializationOptions: workspace.getConfiguration('minutes'),
    outputChannel: output,
  };
  client = new LanguageClient('minutes', 'Minutes', serverOptions, clientOptions);
  context.subscriptions.push(commands.registerCommand('minutes.showOutput', () => output.show(true)));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
