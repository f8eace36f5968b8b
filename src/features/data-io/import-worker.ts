// The import worker: reads and checks a file off the page's thread, so a large file never freezes the views.
import { runImport, type ImportRequest } from './import-run';

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  void runImport(event.data, (message, transfer = []) => self.postMessage(message, { transfer }));
};
