// Preloaded with `node --import`: any attempt to resolve "electron" fails loudly, proving the
// CLI's import graph never reaches Electron.
import { register } from 'node:module';

register('./deny-electron-hooks.mjs', import.meta.url);
