// Events per day as a bar chart on a canvas, with a two-handle range to pick the dates.

const DAY = 86400000;

function parseDay(iso) { return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)); }
function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }

export class Timeline {
  /** onChange(since, until) is called when the reader moves a handle (ISO days, or "" at the ends). */
  constructor(canvas, fromInput, toInput, label, onChange) {
    Object.assign(this, { canvas, fromInput, toInput, label, onChange });
    this.days = [];
    this.counts = [];
    const moved = (which) => {
      let a = +this.fromInput.value;
      let b = +this.toInput.value;
      if (a > b) {
        if (which === "from") b = a; else a = b;
        this.fromInput.value = a;
        this.toInput.value = b;
      }
      this.draw();
      this.describe();
    };
    const done = () => {
      if (!this.days.length) return;
      const a = +this.fromInput.value;
      const b = +this.toInput.value;
      this.onChange(a === 0 ? "" : this.days[a], b === this.days.length - 1 ? "" : this.days[b]);
    };
    fromInput.addEventListener("input", () => moved("from"));
    toInput.addEventListener("input", () => moved("to"));
    fromInput.addEventListener("change", done);
    toInput.addEventListener("change", done);
    window.addEventListener("resize", () => this.draw());
  }

  /** by_day from /api/stats (counted without the date filter) and the current since/until. */
  setData(byDay, since, until) {
    this.days = [];
    this.counts = [];
    if (byDay.length) {
      const first = parseDay(byDay[0].key);
      const last = parseDay(byDay[byDay.length - 1].key);
      const index = new Map(byDay.map((d) => [d.key, d.n]));
      for (let t = first; t <= last; t += DAY) {
        const key = isoDay(t);
        this.days.push(key);
        this.counts.push(index.get(key) || 0);
      }
    }
    const max = Math.max(this.days.length - 1, 0);
    for (const input of [this.fromInput, this.toInput]) {
      input.max = String(max);
      input.disabled = max === 0;
    }
    this.setRange(since, until);
  }

  setRange(since, until) {
    const max = Math.max(this.days.length - 1, 0);
    const at = (day, fallback) => {
      if (!day || !this.days.length) return fallback;
      if (day <= this.days[0]) return 0;
      if (day >= this.days[max]) return max;
      const i = this.days.indexOf(day);
      return i < 0 ? fallback : i;
    };
    this.fromInput.value = String(at(since, 0));
    this.toInput.value = String(at(until, max));
    this.draw();
    this.describe();
  }

  describe() {
    if (!this.days.length) { this.label.textContent = "no dated events"; return; }
    const a = this.days[+this.fromInput.value];
    const b = this.days[+this.toInput.value];
    const n = this.counts.slice(+this.fromInput.value, +this.toInput.value + 1).reduce((s, x) => s + x, 0);
    this.label.textContent = `${a} → ${b} · ${n} events in range`;
  }

  draw() {
    const ratio = window.devicePixelRatio || 1;
    const width = this.canvas.clientWidth || 600;
    const height = this.canvas.clientHeight || 70;
    this.canvas.width = Math.round(width * ratio);
    this.canvas.height = Math.round(height * ratio);
    const ctx = this.canvas.getContext("2d");
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (!this.days.length) return;
    const max = Math.max(...this.counts, 1);
    const w = width / this.days.length;
    const a = +this.fromInput.value;
    const b = +this.toInput.value;
    for (let i = 0; i < this.days.length; i += 1) {
      if (!this.counts[i]) continue;
      const h = Math.max(1, (this.counts[i] / max) * (height - 4));
      ctx.fillStyle = i >= a && i <= b ? "#2f5d8a" : "#b8c2cc";
      const bar = Math.min(Math.max(w - (w > 3 ? 1 : 0), 1), 24);
      ctx.fillRect(i * w + (w - bar) / 2, height - h, bar, h);
    }
  }
}
