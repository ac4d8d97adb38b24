// Unit tests read links and files without awaiting a data set: make every published one available
// at once, as the server's first request of each would (the page loads them one at a time).
import '../src/lib/data/datasets';
// And their timelines, which the page loads with each data set.
import '../src/lib/data/timelines';
// And fflate (the links' inflater and deflater), which the page loads with whatever brings data of
// one's own. (readers.spec.ts checks the page's own way to it.)
import '../src/lib/share/inflate';
