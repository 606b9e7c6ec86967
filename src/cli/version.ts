// The CLI's version: package.json's, put in by the bundler (esbuild.js); compiled sources say dev.
declare const IMR_VERSION: string | undefined;

export const VERSION = typeof IMR_VERSION === 'string' ? IMR_VERSION : '0.0.0-dev';
