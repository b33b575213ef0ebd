// Talking to /api: JSON in and out, the reviewer's token from localStorage.

const TOKEN_KEY = "rasd.token";
const NAME_KEY = "rasd.reviewer";
let readNeedsToken = false;

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function setReadNeedsToken(flag) { readNeedsToken = Boolean(flag); }
export function getToken() { return localStorage.getItem(TOKEN_KEY) || ""; }
export function setToken(value) { localStorage.setItem(TOKEN_KEY, value || ""); }
export function getReviewer() { return localStorage.getItem(NAME_KEY) || ""; }
export function setReviewer(value) { localStorage.setItem(NAME_KEY, value || ""); }

function headers(withToken) {
  const h = { Accept: "application/json" };
  const token = getToken();
  if (withToken && token) h.Authorization = `Bearer ${token}`;
  return h;
}

async function errorOf(response) {
  let message = `${response.status} ${response.statusText}`;
  try {
    const body = await response.json();
    if (body.message) message = body.message;
    else if (typeof body.detail === "string") message = body.detail;
  } catch (_) { /* not JSON: keep the status line */ }
  return new ApiError(response.status, message);
}

export async function getJSON(path) {
  const response = await fetch(path, { headers: headers(readNeedsToken) });
  if (!response.ok) throw await errorOf(response);
  return response.json();
}

export async function postJSON(path, body) {
  const response = await fetch(path, {
    method: "POST",
    headers: { ...headers(true), "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await errorOf(response);
  return response.json();
}

/** Download an export; with a token needed for reading, through fetch (a plain link cannot send it). */
export async function download(path, filename) {
  const response = await fetch(path, { headers: headers(true) });
  if (!response.ok) throw await errorOf(response);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
