'use strict';
/**
 * @swc/jest, plus one step before it: NestJS 12 and a few of its dependencies are ESM-only, and jest on Node 20
 * runs CommonJS. swc compiles their `import`/`export` to CommonJS; `import.meta` has no CommonJS meaning, so it is
 * rewritten here first, to values derived from `__filename`.
 *
 * No `require` call is injected (see STACK-NOTES): `@nestjs/typeorm` and others declare their own
 * `const require = createRequire(import.meta.url)`, and a `require(...)` inside that initialiser would hit the
 * binding's temporal dead zone. The URL is built from plain globals instead, in one `var` prepended to the file
 * (so a replacement inside a string literal or comment cannot break the syntax).
 */
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const swcJest = require('@swc/jest');

const OWN_SOURCE_HASH = createHash('sha1').update(readFileSync(__filename)).digest('hex');
const URL_VAR = '__cgImportMetaUrl';
// encodeURI keeps '#' and '?', which would end a URL's path: escape them too.
const URL_DECLARATION = `var ${URL_VAR} = "file://" + encodeURI(__filename).replace(/[?#]/g, encodeURIComponent);`;

function rewriteImportMeta(source) {
  if (!source.includes('import.meta')) return source;
  const rewritten = source
    .replace(/\bimport\.meta\.url\b/g, URL_VAR)
    .replace(/\bimport\.meta\.dirname\b/g, '__dirname')
    .replace(/\bimport\.meta\.filename\b/g, '__filename')
    .replace(/\bimport\.meta\b/g, `({ url: ${URL_VAR}, dirname: __dirname, filename: __filename })`);
  // Same line as the first statement (no newline), so line numbers in stack traces stay right; after a shebang.
  if (rewritten.startsWith('#!')) {
    const end = rewritten.indexOf('\n');
    return `${rewritten.slice(0, end + 1)}${URL_DECLARATION}${rewritten.slice(end + 1)}`;
  }
  return URL_DECLARATION + rewritten;
}

module.exports = {
  createTransformer(swcOptions) {
    const inner = swcJest.createTransformer(swcOptions);
    return {
      canInstrument: inner.canInstrument,
      process(source, filename, options) {
        return inner.process(rewriteImportMeta(source), filename, options);
      },
      getCacheKey(source, filename, ...rest) {
        return createHash('sha1')
          .update(inner.getCacheKey(source, filename, ...rest))
          .update(OWN_SOURCE_HASH)
          .digest('hex');
      },
    };
  },
};
