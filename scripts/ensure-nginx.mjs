// Makes sure the deploy browser test has Debian's nginx with brotli: finds it, installs it as root, or says how.
import { execSync } from 'node:child_process';
import { findNginxWithBrotli, NGINX_INSTALL } from './nginx-path.mjs';

const found = findNginxWithBrotli();
if (found) {
  console.log(`nginx: ${found}`);
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
  console.log("No nginx with brotli found; installing Debian's packages with apt-get…");
  execSync(`apt-get update && DEBIAN_FRONTEND=noninteractive ${NGINX_INSTALL}`, {
    stdio: 'inherit',
    shell: '/bin/sh',
  });
  if (findNginxWithBrotli()) process.exit(0);
}

console.error(
  [
    'The deploy browser test needs nginx with the brotli module, and none was found.',
    `On Debian or Ubuntu:  sudo ${NGINX_INSTALL}`,
    'Elsewhere: set NGINX_PATH=/path/to/nginx (built with the brotli filter module).',
  ].join('\n'),
);
process.exit(1);
