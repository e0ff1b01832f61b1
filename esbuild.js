// Builds the four bundles: the Node extension, the web extension, the CLI and the core library.
//   node esbuild.js               development build (sourcemaps)
//   node esbuild.js --production  minified, no sourcemaps (used by `vsce package`)
//   node esbuild.js --watch       rebuild on change
// Type checking is a separate step (`npm run typecheck`): esbuild does not check types.
'use strict';
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const { version } = require('./package.json');
const watch = process.argv.includes('--watch');

/** Logs build start/end and errors in the problem-matcher format that .vscode/tasks.json expects. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => { if (watch) console.log('[watch] build started'); });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

/**
 * yaml's ES module build (the one the web bundle gets) for the Node bundles too: esbuild can drop what we do not
 * use from it, not from the CommonJS build (18 KB less). Same code, same behaviour.
 */
const yamlEsm = { yaml: require.resolve('yaml').replace(/dist[\\/]index\.js$/, 'browser/index.js') };

/**
 * Clause Annotator reads YAML with the `yaml` package and never writes it with it: quick fixes and `init` write text.
 * Yet the library's nodes keep their `toString` methods, which reach its 13 KB of stringify modules, so tree shaking
 * cannot drop them. This plugin gives every import of a stringify module one small module whose functions throw: the
 * parser, the composer and the schemas are untouched (test/unit/yamlStringify.test.ts reads every model fixture, YAML
 * edge cases and generated inputs with the core built with and without this plugin, and compares). A future change
 * that writes YAML with the library fails at once with this message, not silently.
 *
 * The same module stands for the library's modules in UNREACHED, which only methods the term model never calls reach
 * (4.5 KB): parse.ts composes documents with the Composer and reads the nodes it builds (isScalar, isMap, .items,
 * .value, .range, Alias#resolve(doc) without a context, visit), and nothing of it makes nodes from JavaScript values or
 * JavaScript values from nodes.
 */
const STRINGIFY_EXPORTS = ['stringify', 'createStringifyContext', 'stringifyDocument', 'stringifyCollection', 'stringifyPair', 'stringifyString', 'stringifyNumber'];
const UNREACHED = {
  // nodes made from JavaScript values (Document#createNode, #createPair, #setIn, YAMLMap.from...) and their anchors
  // (Document#createAlias): the composer makes every node itself, and each Document it makes starts empty
  'doc/createNode.js': ['createNode'],
  'doc/anchors.js': ['anchorIsValid', 'anchorNames', 'createNodeAnchors', 'findNewAnchor'],
  // JavaScript values made from nodes (toJS and toJSON methods, so also JSON.stringify of a node and String of a
  // collection, and Alias#resolve with a context): the term model reads the nodes themselves
  'nodes/toJS.js': ['toJS'],
  'nodes/addPairToJSMap.js': ['addPairToJSMap'],
  'doc/applyReviver.js': ['applyReviver'],
  // the CST visitor (yaml's CST.visit: parse.ts walks the tokens itself), kept only for the properties its module sets on it
  'parse/cst-visit.js': ['visit'],
  // the JSON schema, chosen only by name (the `schema` option, which parse.ts never sets: a %YAML directive selects 1.1 or 1.2)
  'schema/json/schema.js': ['schema'],
};
/**
 * visit.js without the three statements that set properties of visitAsync (BREAK, SKIP, REMOVE): only they keep the
 * function, which nothing calls (parse.ts and Alias#resolve use visit), in the bundle (0.7 KB). The build fails if
 * the library's text changes.
 */
const VISIT_ASYNC_PROPS = ['BREAK', 'SKIP', 'REMOVE'].map((k) => `visitAsync.${k} = ${k};`);
const UNREACHED_PATH = /[\\/]node_modules[\\/]yaml[\\/](?:browser[\\/])?dist[\\/](.+)$/;
/**
 * YAML 1.1, which a term model asks for only with a `%YAML 1.1` line: its schema (yes/no booleans, sexagesimal
 * numbers, timestamps) and the 1.1 tags the library also resolves in YAML 1.2 (`!!binary`, `!!set`, `!!omap`,
 * `!!pairs`, `!!timestamp`, `!!merge`), 8.5 KB. The 1.1 schema is the 1.2 core schema here and those tags are
 * unresolved (a model problem at the tag); parse.ts says that a `%YAML 1.1` model is read as YAML 1.2
 * (test/unit/yamlStringify.test.ts compares everything else with the whole library).
 */
const YAML11 = /[\\/]node_modules[\\/]yaml[\\/](?:browser[\\/])?dist[\\/]schema[\\/]yaml-1\.1[\\/](\w+)\.js$/;
const YAML11_EXPORTS = {
  schema: "export { schema } from '../core/schema.js';",
  binary: ['binary'], merge: ['merge', 'isMergeKey', 'addMergeToJSMap'], omap: ['omap'], pairs: ['pairs'], set: ['set'],
  timestamp: ['timestamp', 'intTime', 'floatTime'],
};
const yamlReadOnly = {
  name: 'yaml-read-only',
  setup(build) {
    const stub = { path: 'yaml-stringify', namespace: 'yaml-read-only' };
    build.onResolve({ filter: /[\\/]stringify[\\/]stringify[A-Za-z]*\.js$|^\.\/stringify[A-Za-z]*\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]yaml[\\/]/.test(args.importer) ? stub : undefined);
    build.onResolve({ filter: /\.js$/ }, (args) => {
      if (!/[\\/]node_modules[\\/]yaml[\\/]/.test(args.importer)) return undefined;
      const m = UNREACHED_PATH.exec(require('path').join(args.resolveDir, args.path));
      return m && Object.hasOwn(UNREACHED, m[1].replace(/\\/g, '/')) ? stub : undefined;
    });
    build.onLoad({ filter: YAML11 }, (args) => {
      const e = YAML11_EXPORTS[YAML11.exec(args.path)[1]];
      if (!e) throw new Error(`esbuild.js: yaml has a new YAML 1.1 module ${args.path}; see YAML11_EXPORTS.`);
      return { loader: 'js', contents: typeof e === 'string' ? e : `export const ${e.map((n) => `${n} = undefined`).join(', ')};` };
    });
    build.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]browser[\\/]dist[\\/]visit\.js$/ }, (args) => {
      let contents = require('fs').readFileSync(args.path, 'utf8');
      for (const line of VISIT_ASYNC_PROPS) {
        if (contents.split(line).length !== 2) throw new Error(`esbuild.js: yaml's visit.js no longer has \`${line}\` once; see VISIT_ASYNC_PROPS.`);
        contents = contents.replace(line, '');
      }
      return { contents, loader: 'js' };
    });
    build.onLoad({ filter: /.*/, namespace: 'yaml-read-only' }, () => ({
      loader: 'js',
      contents: `function no() { throw new Error('Clause Annotator bundles the yaml package without its stringify modules and other parts it never reaches (see esbuild.js).'); }\n` +
        `export { ${[...STRINGIFY_EXPORTS, ...Object.values(UNREACHED).flat()].map((n) => `no as ${n}`).join(', ')} };\n`,
    }));
  },
};

/** The four builds, development or production (also read by test/unit/bundleSize.test.ts). */
function configs(production) {
  const common = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning',
    legalComments: 'none',
    // non-ASCII characters (messages' quotes and dashes, regexes' no-break spaces) as UTF-8, not as \uXXXX escapes
    charset: 'utf8',
    plugins: [problemMatcherPlugin, yamlReadOnly],
  };

  const builds = [
    // Node extension host
    { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], alias: yamlEsm },
    // Web extension host (vscode.dev): no Node built-ins may be reached from here.
    { ...common, entryPoints: ['src/web/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], mainFields: ['browser', 'module', 'main'], define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' } },
    // Command-line interface
    { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' }, define: { CLI_VERSION: JSON.stringify(version) }, alias: yamlEsm },
    // The analysis core as a CommonJS library
    { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', platform: 'neutral', format: 'cjs', target: 'es2022', mainFields: ['module', 'main'] },
  ];
  return builds;
}

async function main() {
  const builds = configs(production);
  if (watch) {
    const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  if (require('fs').existsSync('dist/cli.js')) require('fs').chmodSync('dist/cli.js', 0o755);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

module.exports = { configs, yamlReadOnly };
