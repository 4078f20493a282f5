/** Replaced at build time: true only in builds that expose the test hook (see vite.config.ts). */
declare const __FAULTLINE_TEST_HOOK__: boolean;
