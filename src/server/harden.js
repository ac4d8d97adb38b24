// Defence in depth, loaded before anything else: `Object` and `Object.prototype` cannot be changed
// for the life of the process. A link once wrote `Object.keys` through a record keyed by an
// outside id ("constructor"); ids are now checked and records read with `Object.hasOwn`, and this
// makes any path we missed fail on its own request instead of breaking every later one.
Object.freeze(Object);
Object.freeze(Object.prototype);
