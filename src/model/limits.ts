/**
 * The largest design Faultline opens, in bytes of JSON text (a 10,000-resource design is about
 * 5 MiB). In a module of its own so that size checks do not load the restore code.
 */
export const MAX_DESIGN_BYTES = 10 * 1024 * 1024;
