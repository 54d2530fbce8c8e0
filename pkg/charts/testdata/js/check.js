// Driver for js_test.go. Usage: node check.js MODE DIR
//
// DIR holds runtime.js, library.js (the wrapped bundle) and input.json.
// It prints one JSON object with the results on stdout.
//
//   runtime  input: {calls: [[fn, args...]...]}; calls newsroomCharts.fn.
//   amd      evaluates library.js where define (AMD), module and exports
//            (CommonJS) exist, as under RequireJS in Jupyter Notebook 6.
//   ssr      input: {charts: [{id, width, height, option}]}; draws each
//            chart with ECharts' server-side SVG renderer and calls the
//            tooltip formatter on every data item.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [mode, dir] = process.argv.slice(2);
const read = (name) => fs.readFileSync(path.join(dir, name), "utf8");

// sandbox returns a fresh global object that is also its own window.
function sandbox(extra) {
  const g = Object.assign({ console, setTimeout, clearTimeout }, extra || {});
  vm.createContext(g);
  vm.runInContext("var window = globalThis;", g);
  return g;
}

function run() {
  switch (mode) {
    case "runtime": {
      const g = sandbox();
      vm.runInContext(read("runtime.js"), g, { filename: "runtime.js" });
      const input = JSON.parse(read("input.json"));
      return { results: input.calls.map(([fn, ...args]) => g.newsroomCharts[fn](...args)) };
    }
    case "amd": {
      let defineCalls = 0;
      const define = function () { defineCalls++; };
      define.amd = {};
      const module = { exports: {} };
      const g = sandbox({ define, module, exports: module.exports });
      vm.runInContext(read("runtime.js"), g, { filename: "runtime.js" });
      vm.runInContext(read("library.js"), g, { filename: "library.js" });
      // A second copy (a second notebook output) must be harmless.
      const first = g.echarts;
      vm.runInContext(read("library.js"), g, { filename: "library.js" });
      return {
        version: g.echarts && g.echarts.version,
        sameInstance: g.echarts === first,
        defineCalls,
        exportsKeys: Object.keys(module.exports),
      };
    }
    case "ssr": {
      const g = sandbox();
      vm.runInContext(read("runtime.js"), g, { filename: "runtime.js" });
      vm.runInContext(read("library.js"), g, { filename: "library.js" });
      const input = JSON.parse(read("input.json"));
      const out = [];
      for (const c of input.charts) {
        const chart = g.echarts.init(null, null, { renderer: "svg", ssr: true, width: c.width, height: c.height });
        chart.setOption(g.newsroomCharts.prepare(c.option));
        const svg = chart.renderToSVGString();
        const got = chart.getOption();
        const tooltips = [];
        const labels = [];
        got.series.forEach((s) => {
          (s.data || []).forEach((d, i) => {
            if (d === null || d === undefined || Array.isArray(d)) { return; }
            tooltips.push(g.newsroomCharts.tooltip({ data: d, seriesName: s.name, marker: "" }));
            if (s.type === "bar") { labels.push(g.newsroomCharts.barLabel({ data: d })); }
          });
        });
        out.push({
          id: c.id,
          svg,
          series: got.series.map((s) => ({ name: s.name, type: s.type, n: (s.data || []).length, renderItem: typeof s.renderItem })),
          tooltipFormatter: typeof got.tooltip[0].formatter,
          tooltips,
          labels,
        });
        chart.dispose();
      }
      return { charts: out };
    }
    default:
      throw new Error("unknown mode " + mode);
  }
}

try {
  process.stdout.write(JSON.stringify(run()));
} catch (e) {
  // The bundle is minified: keep the message and short stack lines.
  const lines = String(e && e.stack || e).split("\n").map((l) => l.slice(0, 160));
  process.stderr.write(lines.slice(0, 8).join("\n") + "\n");
  process.exit(1);
}
