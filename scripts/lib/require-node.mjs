#!/usr/bin/env node
// Runs first in every npm script (package.json): says in Chinese what is wrong when the
// Node.js that npm found is too old, instead of a tool's English refusal further on.
// Plain syntax on purpose: it must itself run on any old Node.
//
// npm install puts Node 24 from the registry's node-<os>-<cpu> package (package.json's
// optionalDependencies) into node_modules/.bin, which npm puts first on PATH for every
// script; so on a machine whose own Node is 20 the scripts still run on 24. The lowest
// version is the one package.json's `engines` states.
import { readFileSync } from 'node:fs';

var pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
var wanted = /(\d+)\.(\d+)/.exec(pkg.engines.node);
var need = [Number(wanted[1]), Number(wanted[2])];
var have = process.versions.node.split('.').map(Number);

if (have[0] < need[0] || (have[0] === need[0] && have[1] < need[1])) {
  var platform = process.platform + '-' + process.arch;
  console.error(
    '本项目的命令需要 Node.js ' +
      need.join('.') +
      ' 或更高版本（推荐 24 LTS），现在运行的是 ' +
      process.version +
      '（' +
      process.execPath +
      '）。\n' +
      '- 请先在项目文件夹运行 npm install：它会把 Node.js 24 装进 node_modules（npm 包 node-' +
      platform +
      '），之后的 npm 命令自动使用它。\n' +
      '- 若 npm install 之后仍是这个提示，说明 npm 上没有适合本机（' +
      platform +
      '）的 Node.js 包，或安装时跳过了可选依赖（--omit=optional、--no-optional）：请在本机安装 Node.js 24 LTS 后重试。',
  );
  process.exit(1);
}
