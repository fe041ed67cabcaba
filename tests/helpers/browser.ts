import fs from 'node:fs';

/** Debian's Chromium (`apt-get install chromium`), or the one CHROMIUM_PATH names. */
export const chromiumPath = () => {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Chromium for the browser tests: install it (`apt-get install chromium`) or set CHROMIUM_PATH.'
    );
  }
  return found;
};
