/* Builds the command line into one file, `dist/cli/leverance.js`. One file because most of
 * a `validate` of the real overview is Node finding and loading modules: a hundred small
 * files cost about twice what one does (SPEC §7: validate within 1.5× `node -e 0`). */
const path = require('path');
const { spawnSync } = require('child_process');

/**
 * Makes the V8 code cache `bin/leverance.js` loads the bundle with, by running the CLI once
 * as a user would: `validate` of the bundled example. The cache then holds the functions
 * that run compiles, not only the top level (see bin/leverance.js).
 */
class CodeCachePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('CodeCachePlugin', () => {
      const cli = path.join(__dirname, 'bin', 'leverance.js');
      const run = spawnSync(process.execPath, [cli, 'validate', path.join(__dirname, 'examples', 'leveranceoversigt-2016-2020.xlsx')], { stdio: 'ignore' });
      // Exit 1 is findings; anything else means the bundle itself is broken.
      if (run.status !== 0 && run.status !== 1) throw new Error(`the built CLI failed its first run (exit ${run.status ?? run.signal})`);
    });
  }
}

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
        // `npm test` type-checks everything with tsc first; the build only transpiles.
        use: { loader: 'ts-loader', options: { configFile: 'tsconfig.cli.json', transpileOnly: true, compilerOptions: { module: 'es2020', removeComments: true } } },
      },
    ],
  },
  // Readable stack traces for bug reports; minifying would save little of the load time.
  optimization: { minimize: false },
  performance: { hints: false },
  plugins: [new CodeCachePlugin()],
};
