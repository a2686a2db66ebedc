/* diplomatic-kg explorer: draws the inlined graph with vis-network and adds search, filters,
 * hover summaries and a details panel. Every string from the data is untrusted: it is only ever
 * put in the page with textContent / DOM nodes, never as HTML. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var info = {};      // id -> {kind, label, attrs}
  var original = {};  // id -> the node's own font options, restored after dimming
  var visNodes = [];
  data.nodes.forEach(function (n) {
    info[n.id] = { kind: n.kind, label: n.fullLabel, attrs: n.attrs || {} };
    var v = {};
    Object.keys(n).forEach(function (k) {
      if (k !== "attrs" && k !== "fullLabel" && k !== "kind") { v[k] = n[k]; }
    });
    v.kind = n.kind;
    original[n.id] = n.font || {};
    visNodes.push(v);
  });

  var state = { kinds: {}, since: "", until: "", highlighted: [], selected: null, shown: null };
  data.legend.forEach(function (l) { state.kinds[l.kind] = true; });
  // A large graph opens on its overview: only those nodes are shown until search or expand adds more.
  function resetShown() {
    state.shown = null;
    if (data.overview) {
      state.shown = {};
      data.overview.nodes.forEach(function (id) { state.shown[id] = true; });
    }
  }
  resetShown();

  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(data.edges);

  function inRange(dates) {
    if (!state.since && !state.until) { return true; }
    for (var i = 0; i < (dates || []).length; i++) {
      var d = dates[i];
      if ((!state.since || d >= state.since) && (!state.until || d <= state.until)) { return true; }
    }
    return false;
  }
  function nodeVisible(id) {
    var n = info[id];
    return !!n && (!state.shown || !!state.shown[id]) && state.kinds[n.kind] !== false && inRange(n.attrs.dates);
  }
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return nodeVisible(n.id); } });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) {
      return nodeVisible(e.from) && nodeVisible(e.to) && (!(e.dates && e.dates.length) || inRange(e.dates));
    }
  });

  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);

  var api = {
    network: network, drawn: false, firstDrawMs: null, selected: null, highlighted: [],
    searchResult: null, search: search, focusNode: focusNode, setKind: setKind, setDates: setDates,
    expand: expand, visibleNodeIds: function () { return nodeView.getIds(); }
  };
  window.kgExplorer = api;

  document.getElementById("kg-title").textContent = data.title;

  // --- first draw marker (used by tests and the benchmark) and physics switch-off ---------------
  network.once("afterDrawing", function () {
    api.drawn = true;
    api.firstDrawMs = Math.round(performance.now());
    document.documentElement.setAttribute("data-kg-drawn", String(api.firstDrawMs));
    if (data.focus && info[data.focus]) { focusNode(data.focus, false); }
  });
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: false }); });
  }

  // --- small DOM helpers (text only) -------------------------------------------------------------
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } }
  function modeName(m) { return { in_person: "in person", phone: "phone call", video: "video call" }[m] || m || ""; }
  function safeUrl(u) { return /^https?:\/\//i.test(u || "") ? u : null; }
  function kindName(k) {
    for (var i = 0; i < data.legend.length; i++) { if (data.legend[i].kind === k) { return data.legend[i].name; } }
    return k;
  }

  // --- hover summary -----------------------------------------------------------------------------
  var tooltip = document.getElementById("kg-tooltip");
  function summary(id) {
    var n = info[id], a = n.attrs, lines = [];
    if (n.kind === "meeting") {
      lines.push([a.date, modeName(a.mode), a.status].filter(Boolean).join(" · "));
      if (a.participants && a.participants.length) {
        lines.push("With " + a.participants.slice(0, 5).join(", ") + (a.participants.length > 5 ? "…" : ""));
      }
      if (a.topics && a.topics.length) { lines.push("Topics: " + a.topics.join(", ")); }
      if (a.frameworks && a.frameworks.length) { lines.push("Frameworks: " + a.frameworks.join(", ")); }
      if (a.evidence && a.evidence.length) { lines.push(a.evidence.length + " evidence sentence(s); click for details"); }
      if (a.accounts && a.accounts.length > 1) {
        lines.push("Reported by " + a.accounts.length + (a.accounts.length > 1 ? " sources: " : " source: ") +
                   a.accounts.map(function (x) { return x.publisher || "?"; })
                     .filter(function (x, i, all) { return all.indexOf(x) === i; }).join("; ") + "; click to compare");
      }
    } else {
      if (a.posts && a.posts.length) { lines.push(a.posts.slice(0, 2).map(function (p) { return p.post; }).join("; ")); }
      if (a.nationality) { lines.push(a.nationality); }
      lines.push(a.meetings + (a.meetings === 1 ? " meeting" : " meetings"));
    }
    var box = document.createDocumentFragment();
    box.appendChild(el("strong", n.kind === "meeting" ? (a.title || n.label) : n.label));
    box.appendChild(el("span", kindName(n.kind)));
    lines.forEach(function (l) { if (l) { box.appendChild(el("span", l)); } });
    return box;
  }
  network.on("hoverNode", function (p) {
    clear(tooltip);
    tooltip.appendChild(summary(p.node));
    var r = container.getBoundingClientRect();
    tooltip.style.left = Math.min(window.innerWidth - 330, r.left + p.pointer.DOM.x + 14) + "px";
    tooltip.style.top = (r.top + p.pointer.DOM.y + 14) + "px";
    tooltip.hidden = false;
  });
  network.on("blurNode", function () { tooltip.hidden = true; });
  network.on("dragStart", function () { tooltip.hidden = true; });

  // --- details panel -----------------------------------------------------------------------------
  var details = document.getElementById("kg-details");
  function row(dl, name, value) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) { return; }
    dl.appendChild(el("dt", name));
    var dd = el("dd");
    if (Array.isArray(value)) {
      var ul = el("ul");
      value.forEach(function (v) { ul.appendChild(el("li", v)); });
      dd.appendChild(ul);
    } else if (value instanceof Node) {
      dd.appendChild(value);
    } else {
      dd.textContent = String(value);
    }
    dl.appendChild(dd);
  }
  // Each publisher's account of a cross-reported meeting, side by side (one column per publisher);
  // a row whose values differ between accounts is marked.
  function evidenceList(evidence) {
    var box = el("div");
    (evidence || []).forEach(function (ev) {
      var q = el("blockquote");
      q.appendChild(el("div", ev.sentence));
      q.appendChild(el("div", (ev.facts || []).join("; "), "kg-facts"));
      box.appendChild(q);
    });
    return box;
  }
  function releaseLink(acc) {
    var url = safeUrl(acc.url);
    if (!url) { return el("span", acc.title || acc.url || ""); }
    var link = el("a", acc.title || url);
    link.href = url;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    return link;
  }
  // One column per publisher: a summit several releases of one government report (remarks, a fact
  // sheet, a readout) shows what that government said, all its releases together.
  function byPublisher(accounts) {
    var columns = [], at = {};
    function add(list, values) {
      (values || []).forEach(function (v) { if (v && list.indexOf(v) < 0) { list.push(v); } });
    }
    accounts.forEach(function (acc) {
      var name = acc.publisher || "unknown publisher", c = at[name];
      if (!c) {
        c = at[name] = { publisher: name, dates: [], modes: [], participants: [], topics: [],
                         frameworks: [], evidence: [], releases: [] };
        columns.push(c);
      }
      add(c.dates, [acc.date]);
      add(c.modes, [modeName(acc.mode)]);
      add(c.participants, acc.participants);
      add(c.topics, acc.topics);
      add(c.frameworks, acc.frameworks);
      c.evidence = c.evidence.concat(acc.evidence || []);
      c.releases.push(acc);
    });
    columns.forEach(function (c) {
      [c.dates, c.modes, c.participants, c.topics, c.frameworks].forEach(function (l) { l.sort(); });
    });
    return columns;
  }
  function releaseLinks(column) {
    var box = el("div");
    column.releases.forEach(function (acc) { box.appendChild(el("div")).appendChild(releaseLink(acc)); });
    return box;
  }
  function accountsTable(accounts) {
    var section = el("section", null, "kg-accounts"), columns = byPublisher(accounts);
    section.appendChild(el("h2", "Reported by " + accounts.length + (accounts.length > 1 ? " releases" : " release") +
      (columns.length > 1 ? " of " + columns.length + " publishers" : "")));
    var scroll = el("div", null, "kg-accounts-scroll"), table = el("table"), head = el("tr");
    head.appendChild(el("th", ""));
    columns.forEach(function (c) { head.appendChild(el("th", c.publisher)); });
    table.appendChild(head);
    var fields = [
      ["Date", function (x) { return x.dates.join(" / "); }],
      ["Mode", function (x) { return x.modes.join(" / "); }],
      ["Names", function (x) { return x.participants; }],
      ["Topics", function (x) { return x.topics; }],
      ["Frameworks", function (x) { return x.frameworks; }],
      ["Evidence", function (x) { return evidenceList(x.evidence); }],
      ["Release", releaseLinks]
    ];
    fields.forEach(function (f) {
      var tr = el("tr"), values = columns.map(f[1]);
      var texts = values.map(function (v) { return v instanceof Node ? null : JSON.stringify(v); });
      var differs = texts[0] !== null && texts.some(function (t) { return t !== texts[0]; });
      tr.appendChild(el("th", f[0] + (differs ? " ≠" : "")));
      if (differs) { tr.className = "kg-differs"; }
      values.forEach(function (v) {
        var td = el("td");
        if (v instanceof Node) { td.appendChild(v); }
        else if (Array.isArray(v)) {
          var ul = el("ul");
          v.forEach(function (item) { ul.appendChild(el("li", item)); });
          td.appendChild(ul);
        } else { td.textContent = String(v); }
        tr.appendChild(td);
      });
      table.appendChild(tr);
    });
    scroll.appendChild(table);
    section.appendChild(scroll);
    return section;
  }
  function showDetails(id) {
    clear(details);
    document.getElementById("kg-side").classList.remove("kg-wide");
    if (!id || !info[id]) {
      details.appendChild(el("p", "Click a node to see its details; hover for a summary.", "kg-hint"));
      return;
    }
    var n = info[id], a = n.attrs;
    details.appendChild(el("div", kindName(n.kind), "kg-kind"));
    details.appendChild(el("h3", n.kind === "meeting" ? (a.title || n.label) : n.label));
    var dl = el("dl");
    details.appendChild(dl);
    document.getElementById("kg-side").classList.toggle("kg-wide", !!(a.accounts && a.accounts.length > 1));
    if (n.kind === "meeting") {
      row(dl, "Date", a.dates && a.dates.length > 1 ? a.dates.join(" / ") : a.date);
      row(dl, "Mode", a.mode ? modeName(a.mode) :
          (a.modes && a.modes.length > 1 ? "accounts differ: " + a.modes.map(modeName).join(" / ") : ""));
      row(dl, "Status", a.status);
      row(dl, "Participants", a.participants);
      row(dl, "Countries", a.countries);
      row(dl, "Organizations", a.organizations);
      row(dl, "Venue", a.venue);
      row(dl, "Held at", a.event);
      row(dl, "Frameworks", a.frameworks);
      row(dl, "Topics", a.topics);
      row(dl, "Release", a.release);
      var url = safeUrl(a.url);
      if (url) {
        var link = el("a", url);
        link.href = url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        row(dl, "Source", link);
      } else {
        row(dl, "Source", a.source);
      }
      if (a.accounts && a.accounts.length > 1) { details.appendChild(accountsTable(a.accounts)); }
      if (a.evidence && a.evidence.length) {
        details.appendChild(el("h2", "Evidence"));
        a.evidence.forEach(function (ev) {
          var q = el("blockquote");
          q.appendChild(el("div", ev.sentence));
          var facts = ev.facts.join("; ") + (ev.start !== null && ev.start !== undefined ? " (from character " + ev.start + ")" : "");
          q.appendChild(el("div", facts, "kg-facts"));
          details.appendChild(q);
        });
      }
    } else {
      row(dl, "Nationality", a.nationality);
      row(dl, "ISO code", a.iso);
      row(dl, "Notation", a.notation);
      row(dl, "Posts", (a.posts || []).map(function (p) {
        var when = [p.from, p.to].filter(Boolean).join(" – ");
        return p.post + (when ? " (" + when + ")" : "");
      }));
      row(dl, "Meetings", a.meetings);
      row(dl, "Also known as", a.aliases);
    }
    row(dl, "IRI", id);
    var more = hiddenNeighbours(id).length;
    if (more) {
      var button = el("button", "Show " + more + " more linked node" + (more > 1 ? "s" : ""));
      button.type = "button";
      button.className = "kg-expand";
      button.addEventListener("click", function () { expand(id, more); focusNode(id, true); });
      details.appendChild(button);
    }
    var linked = network.getConnectedNodes(id);
    if (linked.length) {
      details.appendChild(el("h2", "Linked (" + linked.length + ")"));
      var ul = el("ul");
      linked.slice(0, 60).forEach(function (other) {
        var li = el("li"), b = el("a", info[other] ? info[other].label : other);
        b.href = "#";
        b.addEventListener("click", function (ev) { ev.preventDefault(); focusNode(other, true); });
        li.appendChild(b);
        ul.appendChild(li);
      });
      details.appendChild(ul);
    }
  }

  // --- highlight, focus and search ---------------------------------------------------------------
  var DIM_FONT = "rgba(52,52,52,0.2)", DIM_EDGE = "rgba(168,176,184,0.12)";
  var dimmed = {};  // node id -> true while dimmed
  function baseFont(id) {  // a node's full font options (vis merges updates, so colours must be explicit)
    return Object.assign({ color: "#343434" }, data.options.nodes.font, original[id] || {});
  }
  var enlarged = {};  // node id -> true while its label is enlarged to stay readable
  function readableLabels(ids) {  // labels of the highlighted nodes stay readable at any zoom
    var size = Math.round(13 / Math.max(network.getScale(), 0.05)), updates = [];
    ids.forEach(function (id) {
      var own = original[id] || {};
      if ((own.size || 14) < size) {
        updates.push({ id: id, font: Object.assign(baseFont(id), { size: size, strokeWidth: Math.max(3, size / 5) }) });
        enlarged[id] = true;
      }
    });
    if (updates.length) { nodes.update(updates); }
  }
  function setHighlight(ids) {
    var keep = {}, nodeUpdates = [], edgeUpdates = [];
    ids.forEach(function (i) { keep[i] = true; });
    nodes.forEach(function (n) {
      var dim = ids.length > 0 && !keep[n.id];
      if (!!dimmed[n.id] === dim) { return; }
      var font = Object.assign(baseFont(n.id), dim ? { color: DIM_FONT } : {});
      nodeUpdates.push({ id: n.id, opacity: dim ? 0.15 : 1, font: font });
      if (dim) { dimmed[n.id] = true; } else { delete dimmed[n.id]; }
    });
    edges.forEach(function (e) {
      var dim = ids.length > 0 && !(keep[e.from] && keep[e.to]);
      if (!!e.dim === dim) { return; }
      edgeUpdates.push({ id: e.id, dim: dim, color: dim ? { color: DIM_EDGE } : data.options.edges.color,
                         font: dim ? { color: "rgba(0,0,0,0)", strokeWidth: 0 } : data.options.edges.font });
    });
    Object.keys(enlarged).forEach(function (id) {
      if (!dimmed[id] && !nodeUpdates.some(function (u) { return u.id === id; })) {
        nodeUpdates.push({ id: id, font: baseFont(id) });
      }
    });
    enlarged = {};
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
    state.highlighted = ids.slice();
    api.highlighted = ids.slice();
  }
  // --- expanding: show a node's meetings and their other parties, placed around it -------------------
  var neighbours = {};  // id -> ids linked by a drawn (not aggregated) edge
  data.edges.forEach(function (e) {
    if (e.relation === "shared meetings") { return; }
    (neighbours[e.from] = neighbours[e.from] || []).push(e.to);
    (neighbours[e.to] = neighbours[e.to] || []).push(e.from);
  });
  function hiddenNeighbours(id) {
    return (neighbours[id] || []).filter(function (o) { return state.shown && !state.shown[o]; });
  }
  function placeAround(anchor, ids, radius) {  // new nodes on a ring around the anchor (physics is off)
    var at = network.getPositions([anchor])[anchor] || { x: 0, y: 0 }, updates = [];
    ids.forEach(function (id, i) {
      var angle = 2 * Math.PI * i / Math.max(ids.length, 1);
      updates.push({ id: id, x: at.x + radius * Math.cos(angle), y: at.y + radius * Math.sin(angle) });
    });
    if (updates.length) { nodes.update(updates); }
  }
  function expand(id, limit) {  // returns how many nodes were added
    if (!state.shown || !info[id]) { return 0; }
    var added = [];
    function show(x) { if (!state.shown[x]) { state.shown[x] = true; added.push(x); } }
    var wasShown = !!state.shown[id];
    show(id);
    if (!wasShown) { nodeView.refresh(); }
    var direct = hiddenNeighbours(id).slice(0, limit || 80);
    var ring = 120 + 12 * direct.length;
    direct.forEach(show);
    nodeView.refresh();
    placeAround(id, direct, ring);
    direct.forEach(function (m) {  // a meeting brings its other parties along
      if (info[m].kind !== "meeting") { return; }
      var parties = hiddenNeighbours(m);
      parties.forEach(show);
      nodeView.refresh();
      placeAround(m, parties, 90);
    });
    refresh();
    return added.length;
  }

  function focusNode(id, zoom) {
    if (!info[id]) { return false; }
    if (state.shown && !state.shown[id]) { expand(id); }
    if (state.kinds[info[id].kind] === false) { setKind(info[id].kind, true); }
    if (!nodeVisible(id)) { setDates("", ""); }
    var around = [id].concat(network.getConnectedNodes(id));
    setHighlight(around);
    network.selectNodes([id], true);
    state.selected = id;
    api.selected = id;
    showDetails(id);
    if (zoom !== false) {  // show the node with all its neighbours, not closer than life size
      network.fit({ nodes: around, animation: false });
      if (network.getScale() > 1.2) { network.moveTo({ scale: 1.2, animation: false }); }
    }
    readableLabels(around);
    return true;
  }
  function clearFocus() {
    setHighlight([]);
    network.unselectAll();
    state.selected = null;
    api.selected = null;
    showDetails(null);
  }
  function search(text) {
    var q = (text || "").trim().toLowerCase();
    var status = document.getElementById("kg-search-status");
    api.searchResult = null;
    status.textContent = "";
    if (!q) { clearFocus(); return null; }
    var best = null, bestScore = -1;
    Object.keys(info).forEach(function (id) {
      var n = info[id];
      var names = [n.label].concat(n.attrs.aliases || [], n.attrs.iso ? [n.attrs.iso] : []);
      var score = -1;
      names.forEach(function (name) {
        var s = String(name).toLowerCase();
        if (s === q) { score = Math.max(score, 3); }
        else if (s.indexOf(q) === 0) { score = Math.max(score, 2); }
        else if (s.indexOf(q) >= 0) { score = Math.max(score, 1); }
      });
      if (score < 0) { return; }
      score = score * 100000 + (n.kind === "meeting" ? 0 : 50000) + (n.attrs.meetings || 0);
      if (score > bestScore) { best = id; bestScore = score; }
    });
    if (best === null) { status.textContent = "not found"; clearFocus(); return null; }
    focusNode(best, true);
    api.searchResult = best;
    return best;
  }
  var searchBox = document.getElementById("kg-search");
  searchBox.addEventListener("change", function () { search(searchBox.value); });
  searchBox.addEventListener("keydown", function (e) { if (e.key === "Enter") { search(searchBox.value); } });
  var names = document.getElementById("kg-names");
  Object.keys(info).forEach(function (id) {
    if (info[id].kind !== "meeting") { var o = el("option"); o.value = info[id].label; names.appendChild(o); }
  });

  network.on("click", function (p) {
    if (p.nodes.length) { focusNode(p.nodes[0], false); } else { clearFocus(); }
  });
  network.on("doubleClick", function (p) {
    if (p.nodes.length && expand(p.nodes[0])) { focusNode(p.nodes[0], true); }
  });

  // --- filters: node types and date range ---------------------------------------------------------
  var counter = document.getElementById("kg-count");
  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
    counter.textContent = nodeView.length + " nodes, " + edgeView.length + " links shown" +
      (data.overview ? " of " + data.overview.total + " nodes: the best-connected people and countries; " +
       "search or double-click to see more" : "");
  }
  var boxes = {};
  function setKind(kind, on) {
    state.kinds[kind] = !!on;
    if (boxes[kind]) { boxes[kind].checked = !!on; }
    refresh();
  }
  var since = document.getElementById("kg-since"), until = document.getElementById("kg-until");
  if (data.dateRange) {
    since.min = until.min = data.dateRange[0];
    since.max = until.max = data.dateRange[1];
  }
  function setDates(from, to) {
    state.since = from || "";
    state.until = to || "";
    since.value = state.since;
    until.value = state.until;
    refresh();
  }
  since.addEventListener("change", function () { setDates(since.value, until.value); });
  until.addEventListener("change", function () { setDates(since.value, until.value); });
  var types = document.getElementById("kg-types");
  data.legend.forEach(function (l) {
    var label = el("label"), box = el("input"), swatch = el("span", null, "kg-swatch " + l.shape);
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-kind", l.kind);
    box.addEventListener("change", function () { setKind(l.kind, box.checked); });
    boxes[l.kind] = box;
    swatch.style.background = l.shape === "box" ? "#dbe6f1" : l.color;
    swatch.style.borderColor = l.color;
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(el("span", l.name));
    label.appendChild(el("span", l.count, "kg-count"));
    types.appendChild(label);
  });
  (data.marks || []).forEach(function (m) {  // meetings reported by several sources
    var label = el("div", null, "kg-mark"), swatch = el("span", null, "kg-swatch box kg-cross");
    swatch.style.background = m.background;
    swatch.style.borderColor = m.border;
    label.setAttribute("data-reports", String(m.reports));
    label.appendChild(swatch);
    label.appendChild(el("span", m.name));
    label.appendChild(el("span", m.count, "kg-count"));
    types.appendChild(label);
  });
  document.getElementById("kg-reset").addEventListener("click", function () {
    searchBox.value = "";
    document.getElementById("kg-search-status").textContent = "";
    data.legend.forEach(function (l) { state.kinds[l.kind] = true; boxes[l.kind].checked = true; });
    resetShown();
    setDates("", "");
    clearFocus();
    network.fit({ animation: false });
  });
  refresh();
})();
