// The peer: a Hocuspocus 4 server on loopback, storing each document's Yjs state in a file (the Database
// extension, debounced as Hocuspocus does by default: it broadcasts an update first and stores it later).
import { Server } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import * as Y from 'yjs';
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const { port, dataDir, initialText } = JSON.parse(process.argv[2]);
const fileOf = (name) => join(dataDir, encodeURIComponent(name) + '.ydoc');

const server = new Server({
  port,
  address: '127.0.0.1',
  quiet: true,
  stopOnSignals: true,
  extensions: [new Database({
    fetch: async ({ documentName }) => {
      if (existsSync(fileOf(documentName))) return readFile(fileOf(documentName));
      const doc = new Y.Doc(); // a fresh text starts with the same text as the Jointly sections
      doc.getText('t').insert(0, initialText);
      return Y.encodeStateAsUpdate(doc);
    },
    store: async ({ documentName, state }) => writeFile(fileOf(documentName), state),
  })],
});

process.on('message', (msg) => {
  if (msg.cmd === 'texts') {
    const texts = {};
    for (const [name, doc] of server.hocuspocus.documents) texts[name] = doc.getText('t').toString();
    process.send({ ev: 'texts', texts });
  }
});

await server.listen();
process.send({ ev: 'listening' });
