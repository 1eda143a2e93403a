/* Builds the Excel add-in: the task pane and the ribbon's function file (OfficeDev
 * Office-Addin-TaskPane layout). `webpack --mode production` needs no certificates; only the
 * dev server (`webpack serve`) asks office-addin-dev-certs for the localhost HTTPS cert. */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const urlDev = 'https://localhost:3000/';
/** Where the production build is hosted; set ADDIN_URL to deploy elsewhere. */
const urlProd = process.env.ADDIN_URL || urlDev;

async function getHttpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

/**
 * TypeScript through ts-loader; `configFile` lets the playground add its own folder.
 * `transpileOnly` is for the browser tests' build, where `tsc` has already checked the types.
 */
function tsRule(configFile, transpileOnly = false) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      options: {
        configFile,
        transpileOnly,
        // Type-check what the bundles contain, not every file in tsconfig (tests, CLI).
        onlyCompileBundledFiles: true,
        compilerOptions: { module: 'es2020', sourceMap: true },
      },
    },
  };
}

/**
 * The web page's build differs from the add-in's in what node would provide: the .xlsx layer's
 * file and zlib paths (XlsxWorkbook.open/save, nodecodec.ts) are the CLI's and never run in the
 * page, which opens bytes with the fflate codec (src/xlsx/browsercodec.ts). They resolve to
 * empty modules, so no Node built-in or polyfill is bundled (webpack 5 adds none by itself).
 */
const NO_NODE_BUILTINS = { fs: false, path: false, zlib: false };

/**
 * The web page's worker: it holds the opened file and runs the analysis. The writer is a chunk
 * loaded when first needed (XlsxWorkbook.writeSheets), which a worker loads with importScripts.
 */
const WEB_WORKER = { import: './src/web/fileworker.ts', chunkLoading: 'import-scripts' };

/**
 * The playground (`--env playground`): the same pane on the in-memory fake Excel, served on
 * plain HTTP at localhost:3001 (no Office, so no certificates). `outDir` and `gridsDir` let
 * the browser tests build into a temporary folder.
 */
function playgroundConfig(env) {
  return {
    devtool: 'source-map',
    // The pane's worker is an entry of its own, loaded by URL beside the page's script.
    // web.html: the web page without Excel (src/web), opening a real .xlsx, beside the pane on the fake.
    entry: { playground: './playground/main.tsx', worker: './src/pane/worker.ts', web: './src/web/main.tsx', fileworker: WEB_WORKER },
    output: {
      path: env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, 'dist/playground'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'], fallback: NO_NODE_BUILTINS },
    module: { rules: [tsRule(path.resolve(__dirname, 'playground/tsconfig.json'), Boolean(env.fast))] },
    // The tests' build skips minifying too: it is served once from a temporary folder.
    optimization: env.fast ? { minimize: false } : {},
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './playground/index.html', chunks: ['playground'] }),
      new HtmlWebpackPlugin({ filename: 'web.html', template: './src/web/index.html', chunks: ['web'] }),
      new CopyWebpackPlugin({
        patterns: [{ from: env.gridsDir ? path.resolve(env.gridsDir) : path.resolve(__dirname, 'playground/generated'), to: 'grids' }],
      }),
    ],
    performance: env.fast ? { hints: false } : { maxAssetSize: 2_000_000, maxEntrypointSize: 2_000_000 },
    devServer: { server: 'http', host: 'localhost', port: 3001, open: false },
  };
}

/**
 * The web page without Excel (`--env web`, `npm run build:web`): static files in dist/web/ that
 * any web server can host. `outDir` and `fast` serve the browser tests as for the playground.
 */
function webConfig(env) {
  return {
    devtool: 'source-map',
    entry: { web: './src/web/main.tsx', fileworker: WEB_WORKER },
    output: {
      path: env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, 'dist/web'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'], fallback: NO_NODE_BUILTINS },
    module: { rules: [tsRule(path.resolve(__dirname, 'tsconfig.json'), Boolean(env.fast))] },
    optimization: env.fast ? { minimize: false } : {},
    plugins: [new HtmlWebpackPlugin({ filename: 'index.html', template: './src/web/index.html', chunks: ['web'] })],
    performance: env.fast ? { hints: false } : { maxAssetSize: 2_000_000, maxEntrypointSize: 2_000_000 },
    devServer: { server: 'http', host: 'localhost', port: 3002, open: false },
  };
}

module.exports = async (env, options) => {
  if (env && env.playground) return playgroundConfig(env);
  if (env && env.web) return webConfig(env);
  const dev = options.mode === 'development';
  // `webpack serve` sets WEBPACK_SERVE; a plain build must never touch the certificate store.
  const serve = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/taskpane.ts',
      // The pane's Web Worker (src/pane/analyst.ts loads it as worker.js).
      worker: './src/pane/worker.ts',
      commands: './src/commands/commands.ts',
      outcome: './src/commands/outcome.ts',
    },
    output: {
      // Own folder: dist/ also holds the CLI's compiled output, which `clean` must not wipe.
      path: path.resolve(__dirname, 'dist/addin'),
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    module: {
      rules: [tsRule(path.resolve(__dirname, 'tsconfig.json'))],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({
        filename: 'outcome.html',
        template: './src/commands/outcome.html',
        chunks: ['outcome'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: '[name][ext]',
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, 'g'), urlProd);
            },
          },
        ],
      }),
    ],
    performance: {
      // Office loads these from localhost or an intranet host; the default 244 KB hint is for the open web.
      maxAssetSize: 2_000_000,
      maxEntrypointSize: 2_000_000,
    },
    devServer: {
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: serve ? { type: 'https', options: await getHttpsOptions() } : 'https',
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };
};
