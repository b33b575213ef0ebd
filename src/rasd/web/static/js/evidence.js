// The report text with its evidence spans highlighted, built as text nodes and <mark>s.
//
// Evidence offsets count Unicode code points in the ORIGINAL text (Python's
// indexing), while JavaScript strings index UTF-16 units; the two differ as
// soon as a report holds an emoji or another character outside the BMP, so
// offsets are mapped through the code-point array, never used on the string.

import { el } from "./dom.js";

/**
 * Spans [start, end) in code points that really quote `span.text`; a span whose
 * offsets do not match its text is looked up by its text instead, and dropped
 * (counted in `missing`) when the text is not in the report at all.
 */
export function locate(codepoints, evidence) {
  const found = [];
  let missing = 0;
  const whole = codepoints.join("");
  for (const span of evidence || []) {
    const text = String(span.text || "");
    if (!text) continue;
    const start = Number(span.start);
    const end = Number(span.end);
    if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= codepoints.length &&
        codepoints.slice(start, end).join("") === text) {
      found.push([start, end]);
      continue;
    }
    const at = whole.indexOf(text);
    if (at < 0) { missing += 1; continue; }
    const cpStart = Array.from(whole.slice(0, at)).length;
    found.push([cpStart, cpStart + Array.from(text).length]);
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged = [];
  for (const [s, e] of found) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return { spans: merged, missing };
}

/** A right-to-left block of the report with <mark> around each evidence span. */
export function reportText(text, evidence) {
  const cps = Array.from(String(text || ""));
  const { spans, missing } = locate(cps, evidence);
  const block = el("div", { class: "report", dir: "rtl", lang: "ar" });
  let pos = 0;
  for (const [s, e] of spans) {
    if (s > pos) block.append(document.createTextNode(cps.slice(pos, s).join("")));
    block.append(el("mark", { class: "evidence" }, cps.slice(s, e).join("")));
    pos = e;
  }
  if (pos < cps.length) block.append(document.createTextNode(cps.slice(pos).join("")));
  return { block, missing };
}
