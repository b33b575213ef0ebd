// The Leaflet map: offline basemap, clustered event markers coloured by event type.

/* global L, topojson */
import { el } from "./dom.js";

export const TYPE_CLASS = {
  "Battles": "t-battles",
  "Explosions/Remote violence": "t-explosions",
  "Violence against civilians": "t-vac",
  "Strategic developments": "t-strategic",
  "Protests": "t-protests",
  "Riots": "t-riots",
};

export function typeClass(eventType) {
  return TYPE_CLASS[eventType] || "t-other";
}

function clusterIcon(cluster) {
  const byType = new Map();
  for (const m of cluster.getAllChildMarkers()) {
    byType.set(m.options.eventType, (byType.get(m.options.eventType) || 0) + 1);
  }
  let top = null;
  for (const [t, n] of byType) if (top === null || n > byType.get(top)) top = t;
  return L.divIcon({
    html: el("span", {}, String(cluster.getChildCount())),
    className: `ev-cluster ${typeClass(top)}`,
    iconSize: L.point(34, 34),
  });
}

/** Draw the offline basemap: Natural Earth countries, a 5° graticule, governorate points. */
async function drawBasemap(map, withTiles) {
  const countries = L.layerGroup().addTo(map);
  const response = await fetch("/static/vendor/world-atlas/countries-50m.json");
  if (!response.ok) throw new Error(`basemap: ${response.status}`);
  const topo = await response.json();
  L.geoJSON(topojson.feature(topo, topo.objects.countries), {
    interactive: false,
    style: () => ({
      color: "#8a8f98", weight: 1, fillColor: "#f3efe6", fillOpacity: withTiles ? 0 : 1,
    }),
  }).addTo(countries);
  const lines = [];
  for (let lon = -180; lon <= 180; lon += 5) lines.push([[-85, lon], [85, lon]]);
  for (let lat = -80; lat <= 80; lat += 5) lines.push([[lat, -180], [lat, 180]]);
  L.polyline(lines, { color: "#b9c6d3", weight: 0.5, interactive: false }).addTo(countries);

  const admin = await fetch("/api/basemap/admin1");
  if (!admin.ok) throw new Error(`governorates: ${admin.status}`);
  const points = await admin.json();
  const labels = L.layerGroup();
  for (const f of points.features) {
    const [lon, lat] = f.geometry.coordinates;
    const label = el("span", { class: "admin1-label" }, f.properties.name);
    L.circleMarker([lat, lon], { radius: 2, color: "#6b7380", weight: 1, interactive: false })
      .bindTooltip(label, { permanent: true, direction: "right", className: "admin1-tooltip", opacity: 0.8 })
      .addTo(labels);
  }
  // governorate names only once the map is close enough for them not to pile up
  const toggle = () => (map.getZoom() >= 6 ? labels.addTo(map) : labels.remove());
  map.on("zoomend", toggle);
  toggle();
}

export class EventMap {
  constructor(elementId, config, onSelect) {
    this.map = L.map(elementId, { minZoom: 2, maxZoom: 16, worldCopyJump: true }).setView([34.5, 40], 5);
    // the side panel and the table view change the map's size: Leaflet must re-measure
    const container = document.getElementById(elementId);
    new ResizeObserver(() => this.map.invalidateSize()).observe(container);
    // whether the view is still moving (a click on a moving marker lands elsewhere; tests wait on this)
    this.map.on("movestart zoomstart", () => { container.dataset.moving = "true"; });
    this.map.on("moveend zoomend", () => { container.dataset.moving = "false"; });
    this.map.attributionControl.setPrefix("Leaflet · Natural Earth");
    if (config.tiles) {
      L.tileLayer(config.tiles, { maxZoom: 18 }).addTo(this.map);
      if (config.tiles_attribution) {
        // attribution as text, not markup (Leaflet's own control would parse it as HTML)
        const Note = L.Control.extend({
          onAdd: () => el("div", { class: "tile-attribution" }, config.tiles_attribution),
        });
        new Note({ position: "bottomleft" }).addTo(this.map);
      }
    }
    this.basemap = drawBasemap(this.map, Boolean(config.tiles));
    this.cluster = L.markerClusterGroup({
      iconCreateFunction: clusterIcon, showCoverageOnHover: false, maxClusterRadius: 40,
      spiderfyOnMaxZoom: true, chunkedLoading: true,
    });
    this.map.addLayer(this.cluster);
    this.onSelect = onSelect;
    this.markers = new Map();
    this.selected = null;
    this.fitted = false;
  }

  /** Replace the markers; fit the view to them the first time there are any. */
  setEvents(events) {
    this.cluster.clearLayers();
    this.markers.clear();
    const layers = [];
    for (const ev of events) {
      if (ev.latitude === null || ev.longitude === null) continue;
      const cls = typeClass(ev.event_type);
      const marker = L.marker([ev.latitude, ev.longitude], {
        icon: L.divIcon({ className: `ev-marker ${cls}`, iconSize: [14, 14], html: "" }),
        title: `${ev.event_date || "undated"} · ${ev.sub_event_type} · ${ev.location || ""}`,
        keyboard: true,
        eventType: ev.event_type,
      });
      marker.on("add", () => {
        const node = marker.getElement();
        if (!node) return;
        node.dataset.eventId = ev.id;
        node.classList.toggle("selected", ev.id === this.selected);
      });
      marker.on("click", () => this.onSelect(ev.id));
      this.markers.set(ev.id, marker);
      layers.push(marker);
    }
    this.cluster.addLayers(layers);
    if (!this.fitted && layers.length) {
      this.map.fitBounds(L.featureGroup(layers).getBounds(), { padding: [40, 40], maxZoom: 9, animate: false });
      this.fitted = true;
    }
    return layers.length;
  }

  select(id) {
    this.selected = id;
    for (const [mid, marker] of this.markers) {
      const node = marker.getElement();
      if (node) node.classList.toggle("selected", mid === id);
    }
  }

  /** Bring an event's marker into view (from the table), unclustering it if needed. */
  reveal(id) {
    const marker = this.markers.get(id);
    if (marker) this.cluster.zoomToShowLayer(marker, () => this.select(id));
  }

  invalidate() {
    this.map.invalidateSize();
  }
}
