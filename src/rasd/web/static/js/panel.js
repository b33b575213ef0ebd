// The side panel: one event, its sources with the report text and highlighted evidence,
// review buttons, the edit form, and the event's history.

import { getJSON, getReviewer, getToken, postJSON } from "./api.js";
import { clear, el, fmt, localLink, safeLink } from "./dom.js";
import { reportText } from "./evidence.js";
import { typeClass } from "./map.js";

function range(best, low, high) {
  if (best === null || best === undefined) return "not reported";
  if (low !== null && high !== null && low !== undefined && high !== undefined && (low !== best || high !== best)) {
    return `${best} (${low}–${high})`;
  }
  return String(best);
}

function facts(ev) {
  const rows = [
    ["Date", ev.date_start && ev.date_end && ev.date_start !== ev.date_end
      ? `${fmt(ev.event_date)} (between ${ev.date_start} and ${ev.date_end})` : fmt(ev.event_date)],
    ["Place", [...new Set([ev.location, ev.admin2, ev.admin1, ev.country].filter(Boolean))].join(", ") || "–"],
    ["Coordinates", ev.latitude === null ? "none" : `${ev.latitude.toFixed(4)}, ${ev.longitude.toFixed(4)} ` +
      `(precision ${ev.geo_precision})`],
    ["Actor 1", fmt(ev.actor1)],
    ["Actor 2", fmt(ev.actor2)],
    ["Killed", range(ev.fatalities, ev.fatalities_low, ev.fatalities_high)],
    ["Injured", range(ev.injured, ev.injured_low, ev.injured_high)],
    ["Civilians targeted", ev.civilian_targeting ? "yes" : "no"],
    ["Sources", fmt(ev.n_sources)],
    ["Confidence", ev.confidence === null ? "–" : ev.confidence.toFixed(2)],
  ];
  if (ev.overrides && Object.keys(ev.overrides).length) {
    rows.push(["Edited by reviewers", Object.keys(ev.overrides).join(", ")]);
  }
  if (ev.merged_into) rows.push(["Merged into", ev.merged_into]);
  const dl = el("dl", { class: "facts" });
  for (const [k, v] of rows) dl.append(el("dt", {}, k), el("dd", { dir: "auto" }, v));
  return dl;
}

function historyList(entries) {
  const section = el("section", { class: "history" }, el("h3", {}, "History"));
  if (!entries.length) {
    section.append(el("p", { class: "muted" }, "No reviews yet."));
    return section;
  }
  const list = el("ol", { id: "history-list" });
  for (const h of entries) {
    const changes = el("ul", { class: "changes" });
    for (const c of h.changes) {
      if (c.field === "record_ids" || c.field === "overrides") continue;
      changes.append(el("li", { dataset: { field: c.field } },
        el("code", {}, c.field), ": ", fmt(c.before, "none"), " → ", fmt(c.after, "none")));
    }
    list.append(el("li", { class: `review action-${h.action}`, dataset: { action: h.action } },
      el("strong", {}, h.action), " by ", el("span", { class: "who", dir: "auto" }, h.reviewer),
      el("time", { datetime: h.created_at }, ` ${h.created_at.replace("T", " ").slice(0, 19)}`),
      h.comment ? el("p", { class: "comment", dir: "auto" }, h.comment) : null,
      h.new_event ? el("p", {}, `new event ${h.new_event}`) : null,
      changes.childElementCount ? changes : null));
  }
  section.append(list);
  return section;
}

export class Panel {
  constructor(root, body, { config, notify, onChanged, onClose }) {
    Object.assign(this, { root, body, config, notify, onChanged, onClose });
    this.current = null;
  }

  async open(id) {
    this.root.hidden = false;
    this.root.dataset.state = "loading";
    try {
      const detail = await getJSON(`/api/events/${encodeURIComponent(id)}`);
      const ids = [...new Set(detail.sources.map((s) => s.document.id))];
      const docs = new Map(await Promise.all(ids.map(async (d) => [d, await getJSON(`/api/documents/${d}`)])));
      this.current = detail;
      this.render(detail, docs);
      this.root.dataset.state = "ready";
      this.root.dataset.eventId = detail.event.id;
    } catch (e) {
      this.root.dataset.state = "error";
      this.notify(`Could not open event ${id}: ${e.message}`, true);
    }
  }

  close() {
    this.root.hidden = true;
    this.current = null;
    clear(this.body);
    this.onClose();
  }

  render(detail, docs) {
    const ev = detail.event;
    clear(this.body);
    this.body.append(
      el("header", { class: `panel-head ${typeClass(ev.event_type)}` },
        el("h2", { id: "panel-title" }, ev.sub_event_type),
        el("p", { class: "muted" }, ev.event_type, " · ",
          el("span", { class: `status status-${ev.status}`, id: "panel-status" }, ev.status),
          " · ", el("code", {}, ev.id))),
      facts(ev),
      this.reviewBox(ev, detail),
      this.sourcesBox(detail, docs),
      historyList(detail.history),
    );
  }

  async review(action, extra = {}) {
    const ev = this.current && this.current.event;
    if (!ev) return;
    if (!getToken()) {
      this.notify("Reviews need an API token: enter it under Reviewer (left).", true);
      return;
    }
    const comment = this.body.querySelector("#review-comment");
    const body = { action, reviewer: getReviewer().trim() || null,
                   comment: (comment && comment.value.trim()) || null, ...extra };
    try {
      const result = await postJSON(`/api/events/${encodeURIComponent(ev.id)}/review`, body);
      const extraNote = result.new_event ? ` (new event ${result.new_event.id})` : "";
      this.notify(`${action}: saved by ${result.reviewer}${extraNote}`);
      await this.open(ev.id);
      this.onChanged();
    } catch (e) {
      this.notify(`${action} failed: ${e.message}`, true);
    }
  }

  reviewBox(ev, detail) {
    const box = el("section", { class: "review-box" }, el("h3", {}, "Review"));
    if (ev.status === "merged") {
      box.append(el("p", {}, `This event was merged into ${ev.merged_into}; review that one.`));
      return box;
    }
    box.append(
      el("label", {}, "Comment", el("input", { id: "review-comment", type: "text", maxlength: "5000" })),
      el("div", { class: "buttons" },
        el("button", { type: "button", id: "btn-accept", class: "accept", onclick: () => this.review("accept") },
          "Accept"),
        el("button", { type: "button", id: "btn-reject", class: "reject", onclick: () => this.review("reject") },
          "Reject")),
      this.editForm(ev),
      this.mergeForm(),
    );
    return box;
  }

  editForm(ev) {
    const subTypes = this.config.sub_event_types || [];
    const field = (name, label, attrs = {}) => {
      const value = ev[name];
      const input = el("input", { name, id: `edit-${name}`, dir: "auto", ...attrs });
      input.value = value === null || value === undefined ? "" : String(value);
      return el("label", {}, label, input);
    };
    const select = el("select", { name: "sub_event_type", id: "edit-sub_event_type" },
      subTypes.map((t) => el("option", { value: t, selected: t === ev.sub_event_type }, t)));
    const date = el("input", { name: "event_date", id: "edit-event_date", type: "date" });
    date.value = ev.event_date || "";
    const form = el("form", { id: "edit-form", class: "edit-form" },
      el("label", {}, "Sub-event type", select),
      field("actor1", "Actor 1", { maxlength: "200" }),
      field("actor2", "Actor 2", { maxlength: "200" }),
      field("location", "Location", { maxlength: "200" }),
      field("admin1", "Governorate", { maxlength: "200" }),
      el("div", { class: "row2" },
        field("latitude", "Latitude", { type: "number", step: "any", min: "-90", max: "90" }),
        field("longitude", "Longitude", { type: "number", step: "any", min: "-180", max: "180" })),
      el("label", {}, "Date (one day)", date),
      el("div", { class: "row2" },
        field("fatalities", "Killed", { type: "number", min: "0", step: "1" }),
        field("injured", "Injured", { type: "number", min: "0", step: "1" })),
      el("button", { type: "submit", id: "btn-edit" }, "Save changes"));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const changes = this.changesFrom(form, ev);
      if (!Object.keys(changes).length) {
        this.notify("Nothing changed in the form.", true);
        return;
      }
      this.review("edit", { changes });
    });
    return el("details", { class: "edit" }, el("summary", {}, "Edit fields"), form);
  }

  /** Only what the reviewer changed, typed as the API wants it. */
  changesFrom(form, ev) {
    const data = new FormData(form);
    const changes = {};
    const text = (v) => (String(v || "").trim() || null);
    for (const name of ["sub_event_type", "actor1", "actor2", "location", "admin1"]) {
      const v = text(data.get(name));
      if (v !== (ev[name] ?? null)) changes[name] = v;
    }
    const num = (v, parse) => (String(v ?? "").trim() === "" ? null : parse(String(v)));
    const lat = num(data.get("latitude"), parseFloat);
    const lon = num(data.get("longitude"), parseFloat);
    if (lat !== (ev.latitude ?? null) || lon !== (ev.longitude ?? null)) {
      changes.latitude = lat;
      changes.longitude = lon;
    }
    const day = text(data.get("event_date"));
    if (day !== (ev.event_date ?? null) && day) {
      Object.assign(changes, { event_date: day, date_start: day, date_end: day, time_precision: 1 });
    }
    for (const kind of ["fatalities", "injured"]) {
      const n = num(data.get(kind), (s) => parseInt(s, 10));
      if (n !== (ev[kind] ?? null)) {
        // the reviewer's count replaces the sources' range, so best stays within [low, high]
        Object.assign(changes, { [kind]: n, [`${kind}_low`]: n, [`${kind}_high`]: n });
      }
    }
    return changes;
  }

  mergeForm() {
    const input = el("input", { id: "merge-other", type: "text", maxlength: "64", placeholder: "E…" });
    const form = el("form", { class: "merge-form" },
      el("label", {}, "Merge another event into this one (its id)", input),
      el("button", { type: "submit", id: "btn-merge" }, "Merge"));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const other = input.value.trim();
      if (other) this.review("merge", { other });
    });
    return el("details", { class: "merge" }, el("summary", {}, "Merge"), form);
  }

  sourcesBox(detail, docs) {
    const box = el("section", { class: "sources" }, el("h3", {}, `Sources (${detail.sources.length})`));
    for (const s of detail.sources) {
      const doc = docs.get(s.document.id);
      const r = s.record;
      const meta = el("p", { class: "source-meta" },
        el("strong", { dir: "auto" }, fmt(s.document.source || s.document.doc_id)),
        s.document.published ? ` · published ${s.document.published}` : "",
        " · ", localLink(`${s.document.href}?format=txt`, "report text", { target: "_blank", rel: "noopener" }),
        s.document.url ? [" · ", safeLink(s.document.url, "original")] : null);
      const coded = el("p", { class: "coded", dir: "auto" },
        `${r.sub_event_type} · ${fmt(r.event_date)} · `,
        el("bdi", {}, fmt(r.location_text)), ` (${fmt(r.location)}) · `,
        el("bdi", {}, fmt(r.actor1_text, r.actor1 || "–")), " → ", el("bdi", {}, fmt(r.actor2_text, r.actor2 || "–")),
        ` · killed ${fmt(r.fatalities, "?")}`);
      const article = el("article", { class: "source", dataset: { recordId: String(s.record_id) } }, meta, coded);
      if (doc) {
        const { block, missing } = reportText(doc.text, s.evidence);
        article.append(block);
        if (missing) article.append(el("p", { class: "warn" }, `${missing} evidence quote(s) not found in the text`));
      }
      article.append(el("ul", { class: "evidence-list" },
        s.evidence.map((e) => el("li", {}, el("bdi", { dir: "rtl", lang: "ar" }, `«${e.text}»`),
          ` characters ${e.start}–${e.end}`))));
      article.append(el("p", { class: "why muted" }, `linked by ${s.linked_by}: `,
        ((s.reason && s.reason.checks) || []).join("; ")));
      if (detail.sources.length > 1 && detail.event.status !== "merged") {
        article.append(el("button", {
          type: "button", class: "split",
          onclick: () => this.review("split", { record_ids: [s.record_id] }),
        }, "Split this source into its own event"));
      }
      box.append(article);
    }
    return box;
  }
}
