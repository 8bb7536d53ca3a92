import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** ../shared beside the checkout (CI has it); tests that read it skip with a message when it is missing. */
export const SHARED = join(__dirname, '..', '..', '..', '..', 'shared');
export const haveShared = (sub: string): boolean => existsSync(join(SHARED, sub));
export const skipWithout = (sub: string): string | false => (haveShared(sub) ? false : `../shared/${sub} is not beside this checkout`);
