/* Sitrep map runtime (inlined into map.html by layers/render.py; no network, no eval).
 *
 * - canvas marker shapes (one shape per event type), hollow markers for area-level places;
 * - popups and tooltips built with document.createElement + textContent only: article text
 *   is never parsed as HTML here (the legend, built and escaped server-side, is the only
 *   innerHTML, and it holds no article text);
 * - a time control that filters every registered feature by its date_start / date_end.
 */
(function (L) {
  "use strict";
  var S = (window.Sitrep = window.Sitrep || {});
  var DAY = 86400000;
  S.groups = { incidents: [], claims: [] };
  S.timed = [];
  S.range = null;

  S.day = function (iso) {
    if (!iso) { return null; }
    var t = Date.parse(String(iso).slice(0, 10) + "T00:00:00Z");
    return isNaN(t) ? null : Math.round(t / DAY);
  };
  S.iso = function (day) { return new Date(day * DAY).toISOString().slice(0, 10); };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function add(parent, tag, cls, text) { var e = el(tag, cls, text); parent.appendChild(e); return e; }
  S.el = el;

  /* ---- shapes on the canvas ------------------------------------------------------------ */
  function trace(ctx, shape, x, y, r) {
    var i, a, n;
    switch (shape) {
      case "square": ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7); break;
      case "diamond":
        ctx.moveTo(x, y - r); ctx.lineTo(x + r, y); ctx.lineTo(x, y + r); ctx.lineTo(x - r, y);
        ctx.closePath(); break;
      case "triangle":
        ctx.moveTo(x, y - r); ctx.lineTo(x + r * 0.95, y + r * 0.75); ctx.lineTo(x - r * 0.95, y + r * 0.75);
        ctx.closePath(); break;
      case "hexagon":
        for (i = 0; i < 6; i++) { a = Math.PI / 3 * i; ctx[i ? "lineTo" : "moveTo"](x + r * Math.cos(a), y + r * Math.sin(a)); }
        ctx.closePath(); break;
      case "star":
        for (i = 0; i < 10; i++) {
          a = -Math.PI / 2 + Math.PI / 5 * i; n = i % 2 ? r * 0.5 : r * 1.15;
          ctx[i ? "lineTo" : "moveTo"](x + n * Math.cos(a), y + n * Math.sin(a));
        }
        ctx.closePath(); break;
      default: ctx.arc(x, y, r, 0, Math.PI * 2, false);
    }
  }
  L.Canvas.include({
    _updateSitrepShape: function (layer) {
      if (!this._drawing || layer._empty()) { return; }
      var p = layer._point, r = Math.max(Math.round(layer._radius), 1), b = this._bounds;
      /* cull what lies outside the canvas: a full redraw then costs what is in view */
      if (b && (p.x + r < b.min.x || p.x - r > b.max.x || p.y + r < b.min.y || p.y - r > b.max.y)) { return; }
      this._ctx.beginPath();
      trace(this._ctx, layer.options.shape, p.x, p.y, r);
      this._fillStroke(this._ctx, layer);
    }
  });
  /* A circle marker drawn as a shape; `_sitrepHidden` (set by the time filter) skips drawing and
   * hit-testing without removing the layer, so filtering 100,000 markers costs one redraw. */
  S.ShapeMarker = L.CircleMarker.extend({
    options: { shape: "circle" },
    _updatePath: function () {
      if (this._sitrepHidden) { return; }
      if (this._renderer._updateSitrepShape) { this._renderer._updateSitrepShape(this); }
      else { this._renderer._updateCircle(this); }
    },
    _containsPoint: function (p) {
      return !this._sitrepHidden && L.CircleMarker.prototype._containsPoint.call(this, p);
    }
  });
  /* Leaflet's canvas draw loop, except that incident markers (`_sitrepKey` set) are stamped
   * from a sprite drawn once per style and radius: styling and tracing each of 100,000 paths
   * is what makes a plain canvas slow. Draw order and hit-testing are Leaflet's own. */
  var sprites = {};
  function sprite(layer, r) {
    var dpr = window.devicePixelRatio || 1, key = layer._sitrepKey + "|" + r + "|" + dpr;
    var sp = sprites[key];
    if (sp) { return sp; }
    var o = layer.options, half = Math.ceil(r * 1.2 + (o.weight || 0) / 2 + 2), size = 2 * half;
    var px = Math.ceil(size * dpr), c, x;
    /* An offscreen canvas turned into an ImageBitmap: stamping a <canvas> makes the browser
     * snapshot it on every drawImage (10,000 snapshots per redraw), a bitmap is one already. */
    var bitmap = typeof OffscreenCanvas === "function" &&
      typeof OffscreenCanvas.prototype.transferToImageBitmap === "function";
    if (bitmap) { c = new OffscreenCanvas(px, px); } else { c = document.createElement("canvas"); c.width = c.height = px; }
    x = c.getContext("2d");
    x.scale(dpr, dpr);
    x.beginPath();
    trace(x, o.shape, half, half, r);
    if (o.fill) {
      x.globalAlpha = o.fillOpacity; x.fillStyle = o.fillColor || o.color; x.fill(o.fillRule || "evenodd");
    }
    if (o.stroke && o.weight !== 0) {
      x.setLineDash(o._dashArray || []); x.globalAlpha = o.opacity; x.lineWidth = o.weight;
      x.strokeStyle = o.color; x.lineCap = o.lineCap; x.lineJoin = o.lineJoin; x.stroke();
    }
    sp = sprites[key] = { canvas: bitmap ? c.transferToImageBitmap() : c, half: half, size: size };
    return sp;
  }
  function stampedDraw() {
    var layer, bounds = this._redrawBounds, ctx = this._ctx, b = this._bounds;
    ctx.save();
    if (bounds) {
      var size = bounds.getSize();
      ctx.beginPath(); ctx.rect(bounds.min.x, bounds.min.y, size.x, size.y); ctx.clip();
    }
    this._drawing = true;
    for (var order = this._drawFirst; order; order = order.next) {
      layer = order.layer;
      if (bounds && !(layer._pxBounds && layer._pxBounds.intersects(bounds))) { continue; }
      if (layer._sitrepKey === undefined) { layer._updatePath(); continue; }
      if (layer._sitrepHidden || layer._empty()) { continue; }
      var p = layer._point, r = Math.max(Math.round(layer._radius), 1);
      if (b && (p.x + r < b.min.x || p.x - r > b.max.x || p.y + r < b.min.y || p.y - r > b.max.y)) { continue; }
      var sp = sprite(layer, r);
      ctx.globalAlpha = 1;
      ctx.drawImage(sp.canvas, Math.round(p.x) - sp.half, Math.round(p.y) - sp.half, sp.size, sp.size);
    }
    this._drawing = false;
    ctx.restore();
  }
  /* Two tiers in the canvas's draw list: every incident marker after every other shape.
   * Leaflet draws and hit-tests in list order (the last shape under the pointer wins), so an
   * incident is always drawn above, and clicked before, a claim polygon around it, whatever
   * order the layers were added or toggled in. `_sitrepTop` is the first incident's entry. */
  function isIncident(layer) { return layer.sitrepIndex !== undefined; }
  function unlink(r, o) {
    if (o.next) { o.next.prev = o.prev; } else { r._drawLast = o.prev; }
    if (o.prev) { o.prev.next = o.next; } else { r._drawFirst = o.next; }
    o.prev = o.next = null;
  }
  function insertBefore(r, o, at) {  /* `o` unlinked; `at` in the list */
    o.next = at; o.prev = at.prev;
    if (at.prev) { at.prev.next = o; } else { r._drawFirst = o; }
    at.prev = o;
  }
  function tiered(r) {
    var initPath = r._initPath, removePath = r._removePath;
    var front = r._bringToFront, back = r._bringToBack;
    r._initPath = function (layer) {
      initPath.call(this, layer);
      var o = layer._order, top = this._sitrepTop;
      if (isIncident(layer)) { if (!top) { this._sitrepTop = o; } }
      else if (top) { unlink(this, o); insertBefore(this, o, top); }
    };
    r._removePath = function (layer) {
      var o = layer._order;
      if (o && o === this._sitrepTop) { this._sitrepTop = o.next; }
      removePath.call(this, layer);
    };
    r._bringToFront = function (layer) {
      var o = layer._order, top = this._sitrepTop;
      if (!o) { return; }
      if (isIncident(layer)) {
        if (o === top && o.next) { this._sitrepTop = o.next; }
        front.call(this, layer);
        return;
      }
      if (!top || o.next === top) { if (!top) { front.call(this, layer); } return; }
      unlink(this, o); insertBefore(this, o, top); this._requestRedraw(layer);
    };
    r._bringToBack = function (layer) {
      var o = layer._order, top = this._sitrepTop;
      if (!o) { return; }
      if (!isIncident(layer)) { back.call(this, layer); return; }
      if (o === top) { return; }
      unlink(this, o); insertBefore(this, o, top); this._sitrepTop = o; this._requestRedraw(layer);
    };
    return r;
  }
  S.renderer = function () {
    if (!S._canvas) {
      S._canvas = tiered(L.canvas({ padding: 0.5, tolerance: 4 }));
      S._canvas._draw = stampedDraw;
    }
    return S._canvas;
  };
  S.radius = function (killed) {
    if (!killed || killed < 0) { return 5; }
    return Math.min(26, 5 + 1.6 * Math.sqrt(killed));
  };

  /* ---- hatch patterns for partial extent --------------------------------------------- */
  S.hatch = function (colour) {
    var tile = document.createElement("canvas");
    tile.width = tile.height = 10;
    var c = tile.getContext("2d");
    c.strokeStyle = colour; c.lineWidth = 2.5;
    c.beginPath(); c.moveTo(-2, 12); c.lineTo(12, -2); c.moveTo(-2, 2); c.lineTo(2, -2);
    c.moveTo(8, 12); c.lineTo(12, 8); c.stroke();
    return c.createPattern(tile, "repeat");
  };

  /* ---- text helpers --------------------------------------------------------------------- */
  function dates(p) {
    if (!p.date_start) { return "date unknown"; }
    return p.date_end && p.date_end !== p.date_start ? p.date_start + " – " + p.date_end : p.date_start;
  }
  function clip(s, n) { s = s == null ? "" : String(s); return s.length > n ? s.slice(0, n - 1) + "…" : s; }
  function figureText(f) {
    var t = f.category + " " + (f.qualifier ? f.qualifier + " " : "") + f.number;
    if (f.party) { t += " (" + f.party + ")"; }
    if (f.part_of !== null && f.part_of !== undefined) { t = "  incl. " + t; }
    return t;
  }
  /* " (via A, B)": the wire agencies an outlet credits, other than itself. */
  function via(outlet, agencies) {
    var others = (agencies || []).filter(function (a) { return a !== outlet; });
    return others.length ? " (via " + others.join(", ") + ")" : "";
  }
  S.tooltipText = function (p) {
    return (p.place || "?") + " · " + dates(p) + " · " + (p.label || p.event_type || "");
  };

  /* ---- incident popup ----------------------------------------------------------------- */
  S.incidentPopup = function (p) {
    var root = el("div", "sitrep-popup");
    add(root, "div", "sitrep-title", (p.label || p.event_type) + " — " + (p.place || "?"));
    var meta = (p.event_type || "") + (p.sub_event_type ? " / " + p.sub_event_type : "") + " · " + dates(p);
    add(root, "div", "sitrep-meta", meta);
    var where = "Location precision: " + (p.precision || "?");
    if (p.precision === "admin1" || p.precision === "country") {
      where += " (hollow marker: somewhere in " + (p.admin1 || p.place || "the area") + ", not an exact site)";
    } else if (p.admin1) { where += " · " + p.admin1; }
    add(root, "div", "sitrep-meta", where);
    var tallies = p.tallies || [];
    var disagreeCats = {};
    tallies.forEach(function (t) { if (t.disagree) { disagreeCats[t.category] = true; } });
    if (p.disagree) {
      var bad = tallies.filter(function (t) { return t.disagree; })
        .map(function (t) { return t.category + " " + t.low + "–" + t.high; }).join("; ");
      add(root, "div", "sitrep-disagree", "Sources disagree" + (bad ? ": " + bad : ""));
    }
    if (tallies.length) {
      var tt = add(root, "table", "sitrep-tally");
      var h = add(tt, "tr");
      ["figure", "low", "best", "high"].forEach(function (x) { add(h, "th", null, x); });
      tallies.forEach(function (t) {
        var tr = add(tt, "tr", t.disagree ? "sitrep-hl" : null);
        add(tr, "td", null, t.category); add(tr, "td", null, t.low);
        add(tr, "td", null, t.best); add(tr, "td", null, t.high);
      });
      add(root, "div", "sitrep-note", "best = the most recent attributed figure; nothing is averaged");
    }
    if (p.also_here && p.also_here.length) {
      var more = (p.also_here_count || 0) - p.also_here.length;
      add(root, "div", "sitrep-note", "Also reported at this place: " + p.also_here.map(function (o) {
        return (o.label || o.event_type) + " (" + dates(o) + ")";
      }).join("; ") + (more > 0 ? "; and " + more + " more" : ""));
    }
    var table = add(root, "table", "sitrep-reports");
    var hr = add(table, "tr");
    ["Source", "Claimant", "Published", "Figures", "Quote"].forEach(function (x) { add(hr, "th", null, x); });
    (p.reports || []).forEach(function (r) {
      var tr = add(table, "tr", "sitrep-report");
      tr.setAttribute("data-article", r.article_id || "");
      var src = add(tr, "td");
      add(src, "div", "sitrep-outlet", (r.outlet || "unknown outlet") + via(r.outlet, r.agencies));
      if (r.title) { add(src, "div", "sitrep-atitle", clip(r.title, 120)); }
      add(tr, "td", null, r.claimant || "");
      add(tr, "td", null, r.published || "");
      var figs = add(tr, "td", "sitrep-figs");
      var several = (r.claimants || String(r.claimant || "").split(", ")).length > 1;
      (r.figures || []).forEach(function (f) {
        var t = figureText(f) + (several && f.claimant ? " — " + f.claimant : "");
        var d = add(figs, "div", disagreeCats[f.category] ? "sitrep-hl" : null, t);
        d.title = (f.claimant_surface || f.claimant || "");
      });
      add(tr, "td", "sitrep-quote", "“" + clip(r.quote, 300) + "”");
    });
    return root;
  };

  /* ---- claim popup -------------------------------------------------------------------- */
  S.claimPopup = function (p) {
    var root = el("div", "sitrep-popup");
    add(root, "div", "sitrep-title", "Claimed: " + p.actor + " — " + (p.place || "?"));
    add(root, "div", "sitrep-meta",
      (p.precision === "admin1" ? "whole province drawn" : "site") + " · extent " + p.extent + " · " + dates(p));
    add(root, "div", "sitrep-note", "Claimed control, read from articles; not an assessment.");
    if (p.contested) {
      add(root, "div", "sitrep-disagree", "Contested: also claimed by " +
        ((p.contested_with && p.contested_with.length) ? p.contested_with.join(", ") : "another actor") +
        " in the same window");
    }
    if (p.disputed_by && p.disputed_by.length) {
      add(root, "div", "sitrep-disputed", "Disputed by " + p.disputed_by.join(", "));
    }
    var table = add(root, "table", "sitrep-reports");
    var hr = add(table, "tr");
    ["Claimant", "Date", "Status", "Source", "Quote"].forEach(function (x) { add(hr, "th", null, x); });
    (p.claims || []).forEach(function (c) {
      var tr = add(table, "tr", "sitrep-claim");
      add(tr, "td", null, c.claimant || "");
      add(tr, "td", null, c.date_start || "");
      add(tr, "td", null, c.status + (c.extent === "partial" ? " (partial)" : "") +
        (c.disputed_by ? "; disputed by " + c.disputed_by : ""));
      add(tr, "td", null, (c.outlet || "") + via(c.outlet, c.agencies));
      add(tr, "td", "sitrep-quote", "“" + clip(c.quote, 300) + "”");
    });
    return root;
  };

  /* ---- layers -------------------------------------------------------------------------- */
  S.timing = {};
  /* Incidents: parallel arrays to draw (cols), popup data parsed per block on first use. */
  S.incidentLayer = function (cols, cfg) {
    S.timing.incidentsStart = performance.now();
    var group = L.featureGroup(), renderer = S.renderer(), n = cols.id.length, i;
    var chunks = {}, markers = [];
    S._incidents = { cols: cols, cfg: cfg, chunks: chunks, group: group, markers: markers };
    for (i = 0; i < n; i++) {
      var st = cfg.types[cols.type[i]], hollow = cfg.hollow[cols.precision[i]];
      var m = new S.ShapeMarker([cols.lat[i], cols.lon[i]], {
        renderer: renderer, shape: st[1], radius: S.radius(cols.killed[i]),
        color: hollow ? st[0] : "#1a1a1a", weight: hollow ? 2.5 : 1, opacity: 1,
        fill: true, fillColor: st[0], fillOpacity: hollow ? 0.06 : 0.85,
        dashArray: hollow ? "4 3" : null
      });
      m.sitrepIndex = i;
      m._sitrepKey = cols.type[i] * 2 + (hollow ? 1 : 0);
      /* live map (no popup data in the page): the id tells the host page what was clicked */
      if (cfg.live) { m.feature = { type: "Feature", properties: { incident_id: cols.id[i] } }; }
      markers.push(m);
      group.addLayer(m);
      S.timed.push({ group: group, layer: m, s: cols.start[i], e: cols.end[i], on: true, kind: "incidents",
                     flag: true });
    }
    if (!cfg.live) {
      group.bindPopup(function (layer) { return S.incidentPopup(S.props(layer)); },
        { maxWidth: 640, minWidth: 340, maxHeight: 420, autoPanPadding: [20, 20] });
    }
    group.bindTooltip(function (layer) { return el("span", null, S.incidentTip(cols, layer.sitrepIndex)); },
      { sticky: true, direction: "top" });
    S.groups.incidents.push(group);
    S.timing.incidentsEnd = performance.now();
    return group;
  };
  /* The tooltip of the i-th incident, put together from its columns (layers.render.tooltip_text). */
  S.incidentTip = function (cols, i) {
    var s = cols.start[i], e = cols.end[i], when = "date unknown";
    if (s !== null && s !== undefined) {
      when = e !== null && e !== undefined && e !== s ? S.iso(s) + " – " + S.iso(e) : S.iso(s);
    }
    return cols.place[i] + " · " + when + " · " + cols.labels[cols.label[i]];
  };
  /* Show only the incidents whose id is in `ids` (all when null), hidden in place: one redraw,
   * no layer rebuilt (incidents stay above claim polygons: see `tiered`). Returns how many are shown. */
  S.showIncidents = function (ids) {
    var inc = S._incidents, want = null, n = 0, i;
    if (!inc) { return 0; }
    if (ids) { want = {}; for (i = 0; i < ids.length; i++) { want[ids[i]] = true; } }
    var changed = false;
    for (i = 0; i < inc.markers.length; i++) {
      var hide = want !== null && !want[inc.cols.id[i]];
      if (!inc.markers[i]._sitrepHidden !== !hide) { changed = true; }
      inc.markers[i]._sitrepHidden = hide;
      if (!hide) { n++; }
    }
    /* a full redraw of 10,000 markers only when something was shown or hidden */
    var r = S.renderer();
    if (changed && r._map && r._redraw) { r._redraw(); }
    S.timing.shown = n;
    return n;
  };
  S.shownIncidents = function () {
    var inc = S._incidents;
    return inc ? inc.markers.filter(function (m) { return !m._sitrepHidden; }).length : 0;
  };
  /* Full properties of a drawn feature (incident: from its JSON block; claim: its GeoJSON). */
  S.props = function (layer) {
    if (layer.sitrepIndex === undefined) { return layer.feature.properties; }
    var inc = S._incidents, k = Math.floor(layer.sitrepIndex / inc.cfg.chunk);
    if (!inc.chunks[k]) {
      inc.chunks[k] = JSON.parse(document.getElementById(inc.cfg.prefix + k).textContent);
    }
    return inc.chunks[k][layer.sitrepIndex % inc.cfg.chunk];
  };

  S.claimStyle = function (p, cfg) {
    var partial = p.extent === "partial";
    var st = {
      renderer: S.renderer(), color: cfg.colour, weight: 2, opacity: 0.95, fill: true,
      fillColor: partial ? (cfg.pattern || cfg.colour) : cfg.colour,
      fillOpacity: partial ? 0.85 : 0.3, dashArray: null
    };
    if (p.status_all === "lost") { st.fillOpacity = 0; st.dashArray = "2 4"; }
    if (p.disputed_by && p.disputed_by.length) { st.dashArray = "2 6"; st.weight = 3; st.lineCap = "round"; }
    if (p.contested) { st.dashArray = "12 6"; st.weight = 4; }
    return st;
  };
  S.claimLayer = function (data, cfg) {
    cfg.pattern = S.hatch(cfg.colour);
    var group = L.geoJSON(data, {
      style: function (f) { return S.claimStyle(f.properties, cfg); },
      pointToLayer: function (f, latlng) {
        return new S.ShapeMarker(latlng, { renderer: S.renderer(), shape: "square", radius: 9 });
      }
    });
    group.bindPopup(function (layer) { return S.claimPopup(layer.feature.properties); },
      { maxWidth: 640, minWidth: 340, maxHeight: 420 });
    group.bindTooltip(function (layer) {
      var p = layer.feature.properties;
      return el("span", null, "Claimed: " + p.actor + " · " + (p.place || "?") + " · " + dates(p));
    }, { sticky: true });
    S.groups.claims.push(group);
    S.registerTimed(group, "claims");
    return group;
  };
  S.outlineLayer = function (data, style, pane) {
    return L.geoJSON(data, { style: function () { return style; }, interactive: false, pane: pane });
  };
  S.makePane = function (map, name, z) {
    var pane = map.createPane(name);
    pane.style.zIndex = String(z);
    pane.style.pointerEvents = "none";
    return pane;
  };

  /* ---- time ---------------------------------------------------------------------------- */
  /* Register a GeoJSON group's features (date_start / date_end properties) with the time filter. */
  S.registerTimed = function (group, kind) {
    group.eachLayer(function (l) {
      var p = l.feature.properties, s = S.day(p.date_start), e = S.day(p.date_end);
      if (e === null) { e = s; }
      S.timed.push({ group: group, layer: l, s: s, e: e, on: true, kind: kind });
    });
  };
  S.extent = function () {
    var lo = null, hi = null;
    S.timed.forEach(function (it) {
      if (it.s !== null && (lo === null || it.s < lo)) { lo = it.s; }
      if (it.e !== null && (hi === null || it.e > hi)) { hi = it.e; }
    });
    return lo === null ? null : [lo, hi];
  };
  /* Show the features whose [date_start, date_end] meets [from, to] (ISO strings or day numbers). */
  S.setRange = function (from, to) {
    if (typeof from === "string") { from = S.day(from); }
    if (typeof to === "string") { to = S.day(to); }
    S.range = [from, to];
    var dirty = [];
    S.timed.forEach(function (it) {
      var vis = it.s === null || (it.e >= from && it.s <= to);
      if (vis !== it.on) {
        it.on = vis;
        if (it.flag) {  /* incidents: hide in place, one redraw below */
          it.layer._sitrepHidden = !vis;
          if (it.layer._renderer && dirty.indexOf(it.layer._renderer) < 0) { dirty.push(it.layer._renderer); }
        } else if (vis) { it.group.addLayer(it.layer); } else { it.group.removeLayer(it.layer); }
      }
    });
    dirty.forEach(function (r) { if (r._map && r._redraw) { r._redraw(); } });
    if (S._ctl) { S._ctl.sync(); }
  };
  S.visibleCount = function (kind) {
    return S.timed.filter(function (it) { return it.on && (!kind || it.kind === kind); }).length;
  };
  S.timeControl = function (map) {
    var ext = S.extent();
    if (!ext) { return null; }
    var Ctl = L.Control.extend({
      options: { position: "bottomleft" },
      onAdd: function () {
        var box = el("div", "leaflet-control sitrep-time");
        add(box, "div", "sitrep-time-title", "Time: incidents and claims shown");
        var from = add(box, "input"); from.type = "range"; from.id = "sitrep-time-from";
        var to = add(box, "input"); to.type = "range"; to.id = "sitrep-time-to";
        [from, to].forEach(function (i) { i.min = ext[0]; i.max = ext[1]; i.step = 1; });
        from.value = ext[0]; to.value = ext[1];
        from.setAttribute("aria-label", "from date"); to.setAttribute("aria-label", "to date");
        var label = add(box, "div", "sitrep-time-label");
        var count = add(box, "div", "sitrep-time-count");
        var reset = add(box, "button", "sitrep-time-reset", "all dates"); reset.type = "button";
        function sync() {
          var r = S.range || ext;
          from.value = r[0]; to.value = r[1];
          label.textContent = S.iso(r[0]) + " – " + S.iso(r[1]);
          count.textContent = S.visibleCount("incidents") + " incidents, " + S.visibleCount("claims") + " claims";
        }
        function changed(ev) {
          var a = +from.value, b = +to.value;
          if (a > b) { if (ev && ev.target === from) { b = a; } else { a = b; } }
          S.setRange(a, b);
        }
        from.addEventListener("input", changed); to.addEventListener("input", changed);
        reset.addEventListener("click", function () { S.setRange(ext[0], ext[1]); });
        this.sync = sync;
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        sync();
        return box;
      }
    });
    S._ctl = new Ctl();
    S._ctl.addTo(map);
    return S._ctl;
  };

  /* ---- legend (server-built, escaped HTML: no article text) ----------------------------- */
  S.legend = function (map, html, position) {
    var Ctl = L.Control.extend({
      options: { position: position || "bottomright" },
      onAdd: function () {
        var box = el("div", "leaflet-control sitrep-legend");
        box.innerHTML = html;
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        return box;
      }
    });
    return new Ctl().addTo(map);
  };
})(window.L);
