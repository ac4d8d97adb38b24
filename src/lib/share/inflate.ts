/**
 * fflate for the links that carry data of one's own (`e=`): the inflater that reads them
 * (`payload.ts`) and the deflater that writes them back (`deflate.ts`: the page's link, a short
 * link's canonical query). Apart from the link decoder, since fflate's module builds its code tables
 * as it loads: the page fetches it only for such a link or for saved work (`readers.ts`); the
 * server, which reads any link, imports it at once.
 */
import { Inflate, strFromU8 } from 'fflate';
import { useInflater } from './payload';
import './deflate';

useInflater({ Inflate, strFromU8 });
