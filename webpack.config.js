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

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  // `webpack serve` sets WEBPACK_SERVE; a plain build must never touch the certificate store.
  const serve = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/taskpane.ts',
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
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Type-check what the bundles contain, not every file in tsconfig (tests, CLI).
              onlyCompileBundledFiles: true,
              compilerOptions: { module: 'es2020', sourceMap: true },
            },
          },
        },
      ],
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
