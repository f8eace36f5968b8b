// Makes sure the browser tests have a Chromium: finds one, installs Debian's as root, or says how.
import { findChromium } from './chromium-path.mjs';
import { ensureTool } from './ensure-tool.mjs';

ensureTool({
  name: 'Chromium',
  find: findChromium,
  install: 'apt-get install -y chromium',
  missing: [
    'The browser tests need Chromium and none was found.',
    'On Debian or Ubuntu:  sudo apt-get install -y chromium',
    'Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
  ],
});
