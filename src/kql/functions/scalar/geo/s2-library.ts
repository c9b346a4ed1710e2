import { lazyModule } from '../../lazy-module.ts';

/** nodes2ts, the TypeScript port of Google's S2 geometry, loaded on first use. */
export const s2 = lazyModule<typeof import('nodes2ts')>('nodes2ts');
