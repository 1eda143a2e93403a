/* Builds the command line into one file, `dist/cli/leverance.js`. One file because most of
 * a `validate` of the real overview is Node finding and loading modules: a hundred small
 * files cost about twice what one does (SPEC §7: validate within 1.5× `node -e 0`). */
const path = require('path');

module.exports = {
  mode: 'production',
  target: 'node20',
  entry: './src/cli/main.ts',
  output: { path: path.resolve(__dirname, 'dist/cli'), filename: 'leverance.js', library: { type: 'commonjs2' }, clean: true },
  resolve: { extensions: ['.ts', '.js', '.json'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        // `npm test` type-checks everything with tsc first; the build only transpiles. Without
        // comments the bundle is a sixth smaller, which node reads and parses at every start.
        use: { loader: 'ts-loader', options: { configFile: 'tsconfig.cli.json', transpileOnly: true, compilerOptions: { module: 'es2020', removeComments: true } } },
      },
    ],
  },
  // Readable stack traces for bug reports; minifying would save little of the load time.
  optimization: { minimize: false },
  performance: { hints: false },
};
