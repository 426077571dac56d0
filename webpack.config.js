/* eslint-disable */
// Builds the task pane, the ribbon's function file and the browser preview into dist/.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const OFFICE_JS = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

function page(name, chunk) {
  return new HtmlWebpackPlugin({ filename: `${name}.html`, template: `./src/html/${name}.html`, chunks: [chunk] });
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const preview = Boolean(env.preview);
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/index.ts",
      preview: "./src/preview/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; the bundle only needs the transpiled code.
            options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } },
          },
        },
      ],
    },
    plugins: [
      page("taskpane", "taskpane"),
      page("commands", "commands"),
      page("preview", "preview"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "office.js", context: OFFICE_JS, to: "office-js/" },
          { from: "excel-*.js", context: OFFICE_JS, to: "office-js/", globOptions: { ignore: ["**/*.debug.js"] } },
          { from: "{sv-se,en-us}/office_strings.js", context: OFFICE_JS, to: "office-js/" },
          { from: "o15apptofilemappingtable.js", context: OFFICE_JS, to: "office-js/" },
          { from: "telemetry/**", context: OFFICE_JS, to: "office-js/", globOptions: { ignore: ["**/*.debug.js"] } },
        ],
      }),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
  };
  if (preview) {
    // The preview runs in any browser without Excel: plain http, the pane beside a view of the in-memory workbook.
    config.devServer = { port: 3001, static: false, hot: false, host: "localhost" };
  } else if (dev) {
    const devCerts = require("office-addin-dev-certs");
    config.devServer = {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devCerts.getHttpsServerOptions() },
    };
  }
  return config;
};
