// Builds the add-in and the preview. Three ways to run it (see DEPLOY.md):
//
//   ADDIN_BASE_URL=https://host/path/ npm run build   production: dist/ is exactly what to upload to the
//                                                     web host (task pane, function file, support page,
//                                                     icons) plus the manifest for the admin center; office.js
//                                                     from Microsoft's CDN; no preview files
//   npm run dev-server                                development on https://localhost:3000 with the local
//                                                     office.js from @microsoft/office-js (sideloading)
//   npm run preview                                   the pane over the in-memory workbook, http://localhost:3001
//
// The tests build through buildConfigs() below (test/support/build.ts), never through the network.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const { version } = require("./package.json");

/** The host manifest.xml names; the production build replaces it, as Microsoft's add-in template does. */
const DEV_URL = "https://localhost:3000/";
/** Microsoft's CDN: production add-ins must load office.js from here, not from the npm package. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";

/** An https URL to host the add-in at, as a base for relative paths (always ending in "/"). */
function parseBaseUrl(value, name = "ADDIN_BASE_URL") {
  if (!value || !value.trim()) {
    throw new Error(`${name} is not set. Build with the address the files will be served from, for example\n  ${name}=https://intranet.region.se/regionrapport/ npm run build\n(see DEPLOY.md).`);
  }
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`${name} "${value}" is not a URL; give an absolute https:// address.`);
  }
  if (url.protocol !== "https:") throw new Error(`${name} "${value}" must use https: Office loads add-ins only over HTTPS.`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`${name} "${value}" must be a plain address without ?query, #fragment or user name.`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/** package.json's version (major.minor.patch) as the manifest's four-part Version. */
function manifestVersion(packageVersion = version) {
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(packageVersion);
  if (!m) throw new Error(`package.json version "${packageVersion}" must be major.minor.patch (no pre-release tag) to become a manifest Version.`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/**
 * manifest.xml as the production build writes it: every URL on `baseUrl`, AppDomain its origin, Version
 * from package.json, and without the comments (they are notes for developers and name the dev server).
 */
function productionManifest(xml, baseUrl, { packageVersion = version, supportUrl } = {}) {
  const origin = new URL(baseUrl).origin;
  let out = xml
    .replace(/\n?[ \t]*<!--[\s\S]*?-->/g, "")
    .split(DEV_URL)
    .join(baseUrl)
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(packageVersion)}</Version>`);
  if (supportUrl) out = out.replace(/<SupportUrl DefaultValue="[^"]*"\/>/, `<SupportUrl DefaultValue="${supportUrl}"/>`);
  if (out.includes("localhost")) throw new Error("manifest.xml still names localhost after the base URL was applied.");
  return out;
}

function page(name, chunk, officeJs) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template: `./src/html/${name}.html`,
    chunks: chunk ? [chunk] : [],
    templateParameters: { officeJs, version },
  });
}

const OFFICE_JS_DIR = () => path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** The local office.js for the dev server; telemetry and the other hosts' files are not needed. */
function localOfficeJs() {
  const context = OFFICE_JS_DIR();
  return new CopyWebpackPlugin({
    patterns: [
      { from: "office.js", context, to: "office-js/" },
      { from: "excel-*.js", context, to: "office-js/", globOptions: { ignore: ["**/*.debug.js"] } },
      { from: "{sv-se,en-us,en-gb}/office_strings.js", context, to: "office-js/", noErrorOnMissing: true },
      { from: "o15apptofilemappingtable.js", context, to: "office-js/" },
      { from: "telemetry/**", context, to: "office-js/", globOptions: { ignore: ["**/*.debug.js"] } },
    ],
  });
}

const typescript = {
  test: /\.m?tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    // Type checking is `npm run typecheck`; the bundle only needs the transpiled code.
    options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } },
  },
};

/**
 * The webpack configurations for one kind of build.
 * kind "addin": the task pane and the function file; "preview": the pane over the in-memory workbook.
 * Production add-in builds need baseUrl; outDir defaults to dist/ (add-in) and dist-preview/ (preview).
 */
function buildConfigs({ kind = "addin", mode = "production", baseUrl, supportUrl, outDir } = {}) {
  const production = mode === "production";
  const common = {
    mode,
    devtool: production ? false : "source-map",
    // extensionAlias: the pane's dynamic import("../xlsx/browser.js") names the .ts file as TypeScript's node16 resolution wants.
    resolve: { extensions: [".ts", ".tsx", ".js"], extensionAlias: { ".js": [".ts", ".tsx", ".js"], ".mjs": [".mts", ".mjs"] } },
    module: { rules: [typescript] },
      // esbuild minifies in a few seconds what terser takes a minute for; ES2020 as tsconfig.json targets.
    optimization: { minimizer: [new MinimizerPlugin({ minify: MinimizerPlugin.esbuildMinify, minimizerOptions: { target: "es2020" } })] },
    performance: { hints: false },
    stats: "errors-warnings",
  };
  const output = (fallback) => ({
    path: path.resolve(__dirname, outDir ?? fallback),
    // Hashed names in production so a web host can cache scripts for good and only the HTML must be fresh.
    filename: production ? "[name].[contenthash:8].js" : "[name].js",
    chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
    clean: true,
  });

  if (kind === "preview") {
    // The preview runs in any browser without Excel and never loads office.js.
    return { ...common, name: "preview", entry: { preview: "./src/preview/index.tsx" }, output: output("dist-preview"), plugins: [page("preview", "preview")] };
  }

  const base = production ? parseBaseUrl(baseUrl) : DEV_URL;
  const officeJs = production ? OFFICE_JS_CDN : OFFICE_JS_LOCAL;
  const support = supportUrl ? parseBaseUrl(supportUrl, "ADDIN_SUPPORT_URL").replace(/\/$/, "") : undefined;
  return {
    ...common,
    name: "addin",
    entry: { taskpane: "./src/taskpane/index.tsx", commands: "./src/commands/index.ts" },
    output: output("dist"),
    plugins: [
      page("taskpane", "taskpane", officeJs),
      page("commands", "commands", officeJs),
      page("support", null, officeJs),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? productionManifest(content.toString(), base, { supportUrl: support }) : content),
          },
        ],
      }),
      ...(production ? [] : [localOfficeJs()]),
    ],
  };
}

module.exports = async (env = {}, options = {}) => {
  const mode = options.mode === "development" ? "development" : "production";
  if (env.preview) {
    // npm run preview: plain http, the pane beside a view of the in-memory workbook.
    return { ...buildConfigs({ kind: "preview", mode }), devServer: { port: 3001, static: false, hot: false, host: "localhost" } };
  }
  let config;
  try {
    config = buildConfigs({ kind: "addin", mode, baseUrl: process.env.ADDIN_BASE_URL, supportUrl: process.env.ADDIN_SUPPORT_URL });
  } catch (error) {
    // A setting the administrator must give: the message, not webpack's stack.
    console.error(`\n${error.message}\n`);
    process.exit(2);
  }
  if (mode === "development" && env.WEBPACK_SERVE) {
    const devCerts = require("office-addin-dev-certs");
    config.devServer = {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devCerts.getHttpsServerOptions() },
    };
  }
  return config;
};

module.exports.buildConfigs = buildConfigs;
module.exports.parseBaseUrl = parseBaseUrl;
module.exports.manifestVersion = manifestVersion;
module.exports.productionManifest = productionManifest;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.DEV_URL = DEV_URL;
