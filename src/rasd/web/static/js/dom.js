// Building DOM from data without ever parsing data as HTML.
//
// Report text, evidence, actor and place names come from documents written by
// strangers.  Everything here creates elements and text nodes; there is no
// innerHTML anywhere in the page's own code, and the Content-Security-Policy
// forbids inline scripts and style attributes besides.

/** el("a", {href, class}, child, "text", ...) -> a new element; strings become text nodes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key === "style" || key === "href" || key === "src" || key.startsWith("on")) {
      throw new Error(`el(): set ${key} with the dedicated helpers, not as an attribute`);
    } else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Remove every child of a node. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** A link to an http(s) URL, or plain text when the URL is anything else (javascript:, data:, ...). */
export function safeLink(url, text, { external = true } = {}) {
  let parsed = null;
  try {
    parsed = new URL(url, window.location.href);
  } catch (_) {
    parsed = null;
  }
  if (!parsed || !["http:", "https:"].includes(parsed.protocol)) return el("span", { class: "url" }, text || url || "");
  const a = el("a", external ? { rel: "noopener noreferrer", target: "_blank" } : {}, text || parsed.href);
  a.href = parsed.href;
  return a;
}

/** A link inside this site (API paths built by the page itself). */
export function localLink(path, text, attrs = {}) {
  const a = el("a", attrs, text);
  a.href = path;
  return a;
}

export function fmt(value, fallback = "–") {
  return value === null || value === undefined || value === "" ? fallback : String(value);
}
