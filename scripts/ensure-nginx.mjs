// Makes sure the deploy browser test has Debian's nginx with brotli: finds it, installs it as root, or says how.
import { ensureTool } from './ensure-tool.mjs';
import { findNginxWithBrotli, NGINX_INSTALL } from './nginx-path.mjs';

ensureTool({
  name: 'nginx with brotli',
  find: findNginxWithBrotli,
  install: NGINX_INSTALL,
  missing: [
    'The deploy browser test needs nginx with the brotli module, and none was found.',
    `On Debian or Ubuntu:  sudo ${NGINX_INSTALL}`,
    'Elsewhere: set NGINX_PATH=/path/to/nginx (built with the brotli filter module).',
  ],
});
