// `npx vite-node bench/run-levelling.ts`: the levelling benchmark alone (PSPLIB j30 and the
// 10,000-activity plan), without the browser-driven rest of `npm run bench`.
import { benchLevelling } from './levelling-bench.js';

benchLevelling().catch(error => {
    console.error(error);
    process.exit(1);
});
