// The page: filters -> /api/events and /api/stats -> map, table, timeline; clicks -> the panel.

import { ApiError, download, getJSON, getReviewer, getToken, setReadNeedsToken, setReviewer, setToken } from "./api.js";
import { clear, el } from "./dom.js";
import { EventMap, TYPE_CLASS } from "./map.js";
import { Panel } from "./panel.js";
import { EventTable } from "./table.js";
import { Timeline } from "./timeline.js";

const $ = (id) => document.getElementById(id);
let config = null;
let map = null;
let table = null;
let timeline = null;
let panel = null;
let loads = 0;
const knownAdmin1 = new Set();

function notify(message, isError = false) {
  const box = $("notice");
  box.textContent = message;
  box.classList.toggle("error", isError);
  box.hidden = false;
  clearTimeout(notify.timer);
  notify.timer = setTimeout(() => { box.hidden = true; }, isError ? 15000 : 5000);
}

/** The filter form as query parameters (empty fields left out). */
function filterParams({ withDates = true } = {}) {
  const form = new FormData($("filters"));
  const params = new URLSearchParams();
  for (const [key, value] of form) {
    const v = String(value).trim();
    if (!v) continue;
    if (key === "min_confidence" && Number(v) === 0) continue;
    if (!withDates && (key === "since" || key === "until")) continue;
    params.set(key, v);
  }
  return params;
}

function fillSelect(select, values) {
  const keep = select.value;
  const first = select.options[0];
  clear(select).append(first);
  for (const v of values) select.append(el("option", { value: v }, v));
  select.value = values.includes(keep) ? keep : "";
}

function updateExports(params) {
  for (const [id, format] of [["export-csv", "csv"], ["export-geojson", "geojson"]]) {
    const p = new URLSearchParams(params);
    p.set("format", format);
    $(id).href = `/api/events?${p}`;
  }
}

async function refresh() {
  const params = filterParams();
  updateExports(params);
  document.body.dataset.state = "loading";
  try {
    const pageParams = new URLSearchParams(params);
    pageParams.set("limit", String(config.max_page));
    const [page, stats] = await Promise.all([
      getJSON(`/api/events?${pageParams}`),
      getJSON(`/api/stats?${filterParams({ withDates: false })}`),
    ]);
    const onMap = map.setEvents(page.events);
    table.setEvents(page.events);
    const parts = [`${page.total} event${page.total === 1 ? "" : "s"}`];
    if (page.count < page.total) parts.push(`first ${page.count} shown`);
    if (onMap < page.count) parts.push(`${page.count - onMap} without coordinates (table only)`);
    $("count").textContent = parts.join(" · ");
    $("count").dataset.total = String(page.total);
    timeline.setData(stats.by_day, params.get("since"), params.get("until"));
    for (const a of stats.by_admin1) if (a.key) knownAdmin1.add(a.key);
    fillSelect($("f-admin1"), [...knownAdmin1].sort());
    loads += 1;
    document.body.dataset.loads = String(loads);
    document.body.dataset.state = "ready";
  } catch (e) {
    document.body.dataset.state = "error";
    const hint = e instanceof ApiError && (e.status === 401 || e.status === 403)
      ? " (this server needs an API token for reading: enter it under Reviewer)" : "";
    notify(`Could not load events: ${e.message}${hint}`, true);
  }
}

function showView(which) {
  const tableView = which === "table";
  $("table-view").hidden = !tableView;
  $("map").hidden = tableView;
  $("show-map").setAttribute("aria-pressed", String(!tableView));
  $("show-table").setAttribute("aria-pressed", String(tableView));
  if (!tableView) map.invalidate();
}

function select(id) {
  map.select(id);
  for (const tr of document.querySelectorAll("#events-table tbody tr")) {
    tr.classList.toggle("selected", tr.dataset.eventId === id);
  }
  panel.open(id);
}

function setupReviewer() {
  const name = $("reviewer-name");
  const token = $("reviewer-token");
  name.value = getReviewer();
  token.value = getToken();
  name.addEventListener("input", () => setReviewer(name.value));
  token.addEventListener("input", () => setToken(token.value.trim()));
  $("reviewer").addEventListener("submit", (e) => e.preventDefault());
  token.addEventListener("change", () => { if (config.read_token_required) refresh(); });
}

function setupFilters() {
  const form = $("filters");
  fillSelect($("f-event-type"), config.event_types);
  fillSelect($("f-sub-event-type"), config.sub_event_types);
  form.addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
  form.addEventListener("reset", () => setTimeout(() => {
    $("f-conf-out").textContent = "0.00";
    refresh();
  }, 0));
  for (const id of ["f-event-type", "f-sub-event-type", "f-admin1", "f-status", "f-since", "f-until"]) {
    $(id).addEventListener("change", refresh);
  }
  $("f-conf").addEventListener("input", () => { $("f-conf-out").textContent = Number($("f-conf").value).toFixed(2); });
  $("f-conf").addEventListener("change", refresh);
  for (const id of ["export-csv", "export-geojson"]) {
    $(id).addEventListener("click", (e) => {
      if (!config.read_token_required) return; // a plain link works
      e.preventDefault();
      download($(id).href, $(id).getAttribute("download")).catch((err) => notify(err.message, true));
    });
  }
}

function setupLegend() {
  const legend = $("legend");
  for (const [type, cls] of Object.entries(TYPE_CLASS)) {
    legend.append(el("li", {}, el("span", { class: `swatch ${cls}` }), type));
  }
}

async function boot() {
  config = await getJSON("/api/config");
  setReadNeedsToken(config.read_token_required);
  setupLegend();
  setupReviewer();
  setupFilters();
  map = new EventMap("map", config, select);
  map.basemap.catch((e) => notify(`The offline basemap could not be drawn: ${e.message}`, true));
  table = new EventTable($("events-table"), (id) => { select(id); });
  timeline = new Timeline($("histogram"), $("range-from"), $("range-to"), $("range-label"), (since, until) => {
    $("f-since").value = since;
    $("f-until").value = until;
    refresh();
  });
  panel = new Panel($("panel"), $("panel-body"), {
    config, notify, onChanged: refresh, onClose: () => map.select(null),
  });
  $("panel-close").addEventListener("click", () => panel.close());
  $("show-map").addEventListener("click", () => showView("map"));
  $("show-table").addEventListener("click", () => showView("table"));
  await refresh();
}

window.addEventListener("DOMContentLoaded", () => {
  boot().catch((e) => notify(`The page could not start: ${e.message}`, true));
});
