#!/usr/bin/env node
// Entry point for `huntops` and `npm start`. The sources are TypeScript run through tsx,
// so a clean clone works right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
await main(process.argv);
