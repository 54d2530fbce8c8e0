/* pkg/charts runtime: tooltip and label formatters, range and period
   drawing, and mounting of charts once ECharts is present. Every string that
   comes from the corpus goes through esc() before it becomes HTML. */
(function (g) {
  "use strict";
  var VERSION = 1;
  var old = g.newsroomCharts;
  if (old && old.version === VERSION) { return; }
  var queue = (old && old._queue) || [];
  var NC = { version: VERSION, _queue: queue };

  var ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" };
  function esc(s) {
    return String(s === null || s === undefined ? "" : s).replace(/[&<>"']/g, function (c) { return ESC[c]; });
  }
  NC.escapeHTML = esc;

  // num formats a figure with thousands separators and at most two decimals.
  function num(v) {
    if (typeof v !== "number" || !isFinite(v)) { return String(v); }
    var neg = v < 0;
    var r = Math.round(Math.abs(v) * 100);
    var whole = Math.floor(r / 100), cents = r % 100;
    var s = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    if (cents) { s += "." + (cents < 10 ? "0" + cents : String(cents)).replace(/0$/, ""); }
    return (neg ? "-" : "") + s;
  }
  NC.formatNumber = num;

  // qualified says a figure in words: "more than 200,000".
  function qualified(q, v, hi) {
    switch (q) {
      case "approx": return "about " + num(v);
      case "at_least": return "more than " + num(v);
      case "at_most": return "up to " + num(v);
      case "range": return "between " + num(v) + " and " + num(hi);
      default: return num(v);
    }
  }
  NC.qualified = qualified;

  // compact writes 3,600,000 as 3.6M and 200,000 as 200k.
  function compact(v) {
    var a = Math.abs(v);
    if (a >= 1e6) { return num(Math.round(v / 1e4) / 100) + "M"; }
    if (a >= 1e4) { return num(Math.round(v / 1e2) / 10) + "k"; }
    return num(v);
  }
  NC.compact = compact;

  // short is the compact form used on bar labels (canvas text, not HTML).
  function short(q, v, hi) {
    switch (q) {
      case "approx": return "~" + compact(v);
      case "at_least": return ">" + compact(v);
      case "at_most": return "\u2264" + compact(v);
      case "range": return compact(v) + "\u2013" + compact(hi);
      default: return compact(v);
    }
  }

  function pad(n) { return n < 10 ? "0" + n : String(n); }
  function day(ms) {
    var d = new Date(ms);
    return d.getUTCFullYear() + "-" + pad(d.getUTCMonth() + 1) + "-" + pad(d.getUTCDate());
  }
  NC.formatDate = day;

  // when shows a date given as YYYY-MM-DD or as ms since 1970.
  function when(t) { return typeof t === "number" ? day(t) : esc(t); }

  function box(lines) {
    return "<div style=\"max-width:30em;white-space:normal;line-height:1.4\">" + lines.join("<br>") + "</div>";
  }

  // tooltip builds the HTML of one figure's tooltip from its data item.
  NC.tooltip = function (p) {
    var d = p && p.data;
    if (!d || typeof d !== "object" || Array.isArray(d)) { return ""; }
    var marker = typeof p.marker === "string" ? p.marker : "";
    if (d.n) {
      return box([
        marker + "<b>" + num(d.n) + " figures</b>, " + (d.wk ? "week of " : "") + when(d.value[0]) + " \u00b7 " + esc(p.seriesName),
        "median " + num(d.value[1]) + ", lowest " + num(d.min) + ", highest " + num(d.max),
        "from " + num(d.ns) + (d.ns === 1 ? " source" : " sources")
      ]);
    }
    var t = Array.isArray(d.value) ? d.value[0] : d.date;
    var v = Array.isArray(d.value) ? d.value[1] : d.value;
    var head = marker + "<b>" + qualified(d.q, v, d.hi) + "</b>";
    if (d.u) { head += " " + esc(d.u); }
    if (d.cat) { head += " \u00b7 " + esc(d.cat); }
    if (d.loc) { head += " (" + esc(d.loc) + ")"; }
    var lines = [head, "Source: " + esc(d.src)];
    var at = when(t);
    if (d.from) { at += ", counting since " + when(d.from); }
    lines.push(at + (d.title ? " \u00b7 <i>" + esc(d.title) + "</i>" : ""));
    if (d.more) { lines.push("(" + num(d.more) + " other figure" + (d.more === 1 ? "" : "s") + " from this source for this period)"); }
    if (d.sent) { lines.push("<span style=\"color:#555\">\u201c" + esc(d.sent) + "\u201d</span>"); }
    return box(lines);
  };

  // barLabel writes the qualifier and figure above a bar.
  NC.barLabel = function (p) {
    var d = p && p.data;
    if (!d || typeof d !== "object") { return ""; }
    return short(d.q, d.value, d.hi);
  };

  // renderSpan draws, for one item [time, low, high, from], a vertical bar
  // from low to high (a range) and a dashed line from the start of the
  // counted period to the publication date.
  NC.renderSpan = function (params, api) {
    var x = api.value(0), lo = api.value(1), hi = api.value(2), from = api.value(3);
    var color = api.visual("color");
    var solid = { stroke: color, lineWidth: 1.5 };
    var kids = [];
    var p = api.coord([x, lo]);
    if (hi > lo) {
      var q = api.coord([x, hi]);
      kids.push({ type: "line", shape: { x1: p[0], y1: p[1], x2: q[0], y2: q[1] }, style: solid });
      kids.push({ type: "line", shape: { x1: q[0] - 5, y1: q[1], x2: q[0] + 5, y2: q[1] }, style: solid });
      kids.push({ type: "line", shape: { x1: p[0] - 5, y1: p[1], x2: p[0] + 5, y2: p[1] }, style: solid });
    }
    if (from < x) {
      var f = api.coord([from, lo]);
      kids.push({ type: "line", shape: { x1: f[0], y1: f[1], x2: p[0], y2: p[1] }, style: { stroke: color, lineWidth: 1.5, lineDash: [4, 3], opacity: 0.8 } });
      kids.push({ type: "line", shape: { x1: f[0], y1: f[1] - 4, x2: f[0], y2: f[1] + 4 }, style: solid });
    }
    return { type: "group", children: kids };
  };

  // prepare attaches the functions that JSON cannot carry.
  NC.prepare = function (option) {
    if (option.tooltip) { option.tooltip.formatter = NC.tooltip; }
    var series = option.series || [];
    for (var i = 0; i < series.length; i++) {
      var s = series[i];
      if (s.type === "custom") { s.renderItem = NC.renderSpan; }
      if (s.type === "bar" && s.label) { s.label.formatter = NC.barLabel; }
    }
    return option;
  };

  // claim returns the last not yet mounted container for a chart id. A
  // notebook can show the same chart twice; each script takes its own.
  function claim(id) {
    var els = g.document.querySelectorAll("div.newsroom-chart[data-chart-id=\"" + id + "\"]:not([data-mounted])");
    return els.length ? els[els.length - 1] : null;
  }

  NC.flush = function () {
    if (!g.echarts) { return; }
    while (queue.length) {
      var fn = queue.shift();
      try { fn(); } catch (e) { if (g.console) { g.console.error(e); } }
    }
  };

  // mount draws option in the container of chart id, now or as soon as
  // the ECharts library arrives.
  NC.mount = function (id, option) {
    var el = claim(id);
    if (!el) { return; }
    el.setAttribute("data-mounted", "");
    var draw = function () {
      el.textContent = "";
      var chart = g.echarts.init(el, null, { renderer: "canvas" });
      chart.setOption(NC.prepare(option));
      if (/%$/.test(el.style.width)) {
        g.addEventListener("resize", function () { chart.resize(); });
      }
    };
    if (g.echarts) { draw(); return; }
    el.textContent = "Waiting for the ECharts library. It comes with the first chart output of the kernel session; if this message stays, restart the kernel and run the notebook again.";
    queue.push(draw);
  };

  g.newsroomCharts = NC;
})(window);
