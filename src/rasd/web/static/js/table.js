// The table view: the loaded events as rows, sortable by column; a click opens the event.

import { clear, el, fmt } from "./dom.js";
import { typeClass } from "./map.js";

const COLUMNS = [
  ["event_date", "Date"], ["sub_event_type", "Sub-event type"], ["location", "Location"],
  ["admin1", "Governorate"], ["actor1", "Actor 1"], ["actor2", "Actor 2"],
  ["fatalities", "Killed"], ["n_sources", "Sources"], ["confidence", "Confidence"], ["status", "Status"],
];

export class EventTable {
  constructor(table, onSelect) {
    this.table = table;
    this.onSelect = onSelect;
    this.events = [];
    this.sortKey = "event_date";
    this.descending = true;
    const head = table.tHead.rows[0];
    for (const [key, title] of COLUMNS) {
      const button = el("button", { type: "button", class: "sort", dataset: { key } }, title);
      button.addEventListener("click", () => {
        this.descending = this.sortKey === key ? !this.descending : false;
        this.sortKey = key;
        this.render();
      });
      head.append(el("th", { scope: "col" }, button));
    }
  }

  setEvents(events) {
    this.events = events;
    this.render();
  }

  render() {
    const key = this.sortKey;
    const sign = this.descending ? -1 : 1;
    const rows = [...this.events].sort((a, b) => {
      const x = a[key];
      const y = b[key];
      if (x === y) return 0;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      return (x < y ? -1 : 1) * sign;
    });
    const body = clear(this.table.tBodies[0]);
    for (const ev of rows) {
      const tr = el("tr", { class: typeClass(ev.event_type), tabindex: "0", dataset: { eventId: ev.id } },
        COLUMNS.map(([k]) => el("td", { dir: "auto" }, fmt(ev[k]))));
      tr.addEventListener("click", () => this.onSelect(ev.id));
      tr.addEventListener("keydown", (e) => { if (e.key === "Enter") this.onSelect(ev.id); });
      body.append(tr);
    }
  }
}
