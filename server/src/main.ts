import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createProjServices } from '../../language/src/proj-module.js';

// The transport (--stdio, --node-ipc, --socket) is chosen from the command line by the client.
const connection = createConnection(ProposedFeatures.all);
const { shared } = createProjServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
