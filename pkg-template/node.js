// Node entry: loads the WebAssembly module from the package synchronously, so that Node users
// can call extract() right after importing, with no init() step. The browser entry (khabar.js)
// needs `await init()` instead; calling init() or initSync() here again is harmless.
import { readFileSync } from 'node:fs';
import { initSync } from './khabar.js';

initSync({ module: readFileSync(new URL('./khabar_bg.wasm', import.meta.url)) });

export * from './khabar.js';
export { default } from './khabar.js';
