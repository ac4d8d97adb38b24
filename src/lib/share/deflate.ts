/**
 * fflate's deflate for the links that carry data of one's own (`payload-encode.ts`), apart from the
 * first load: imported by the link decoder and the "Your data" section, through which all such
 * data arrives. Level 9, as every link has been written.
 */
import { deflateSync } from 'fflate';
import { useDeflate } from './payload-encode';

export const levelNine = (bytes: Uint8Array) => deflateSync(bytes, { level: 9 });
useDeflate(levelNine);
