#!/usr/bin/env node
/*
 * Run by `npm version` (the "version" script): writes package.json's new version into manifest.xml's
 * <Version> (major.minor.patch.0) so the file in the repository says what the production build will.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { manifestVersion } = require("../webpack.config.js");

const file = path.join(__dirname, "..", "manifest.xml");
const version = manifestVersion(process.env.npm_package_version ?? require("../package.json").version);
const xml = fs.readFileSync(file, "utf8");
const updated = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
if (updated === xml && !xml.includes(`<Version>${version}</Version>`)) throw new Error("manifest.xml has no <Version> element");
fs.writeFileSync(file, updated);
console.log(`manifest.xml: <Version>${version}</Version>`);
