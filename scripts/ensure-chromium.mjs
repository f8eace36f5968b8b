// Makes sure the browser tests have a Chromium: finds one, installs Debian's as root, or says how.
import { execSync } from 'node:child_process';
import { findChromium } from './chromium-path.mjs';

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
function hasAptGet() {
  try {
    execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

if (isRoot && hasAptGet()) {
  console.log("No Chromium found; installing Debian's chromium with apt-get…");
  execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit', shell: '/bin/sh' });
  if (findChromium()) process.exit(0);
}

console.error(
  [
    'The browser tests need Chromium and none was found.',
    'On Debian or Ubuntu:  sudo apt-get install -y chromium',
    'Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
  ].join('\n'),
);
process.exit(1);
