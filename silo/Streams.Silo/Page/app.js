// The brand dashboard: plain JavaScript, no framework and no CDN (the machines have no internet).
// Data comes from GET /api/brands/{id}/dashboard every 2 s (charts, lists) and from the SSE feed
// (escalations, pushed the moment they change). The feed is read with fetch rather than
// EventSource because EventSource cannot send the X-Api-Key header, and a key in the URL would
// end up in request logs.
"use strict";

const KEY_STORAGE = "streams.apiKey";
const REFRESH_MS = 2000;
const state = { key: sessionStorage.getItem(KEY_STORAGE), brand: null, escalations: new Map(), closed: new Map(), feed: null, timer: null, data: null };
const $ = (id) => document.getElementById(id);

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props || {});
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

const fmt = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });
const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });
const duration = (s) => s == null ? "–" : s < 90 ? `${Math.round(s)} s` : s < 5400 ? `${Math.round(s / 60)} min` : `${fmt.format(s / 3600)} h`;
const percent = (x) => `${fmt.format(x * 100)} %`;

async function api(path, options = {}) {
  const response = await fetch(path, { ...options, headers: { "X-Api-Key": state.key, ...(options.headers || {}) } });
  if (response.status === 401) {
    signOut("That key was refused.");
    throw new Error("unauthorized");
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || problem.title || `HTTP ${response.status}`);
  }
  return response.json();
}

function signOut(message) {
  sessionStorage.removeItem(KEY_STORAGE);
  state.key = null;
  stopBrand();
  $("board").hidden = true;
  $("picker").hidden = true;
  $("sign-out").hidden = true;
  $("empty").hidden = true;
  $("login").hidden = false;
  $("login-error").textContent = message || "";
  $("api-key").focus();
}

async function start() {
  if (!state.key) {
    signOut();
    return;
  }
  $("login").hidden = true;
  $("sign-out").hidden = false;
  let brands;
  try {
    brands = await api("/api/brands");
  } catch (e) {
    if (e.message !== "unauthorized") signOut(e.message);
    return;
  }
  const picker = $("brand");
  picker.replaceChildren(...brands.map((b) => el("option", { value: b.id, textContent: b.name })));
  $("picker").hidden = brands.length === 0;
  $("empty").hidden = brands.length > 0;
  if (brands.length === 0) return;
  const wanted = new URLSearchParams(location.hash.slice(1)).get("brand");
  picker.value = brands.some((b) => b.id === wanted) ? wanted : brands[0].id;
  selectBrand(picker.value);
}

function stopBrand() {
  clearTimeout(state.timer);
  if (state.feed) state.feed.abort();
  state.feed = null;
  state.escalations.clear();
  state.closed.clear();
  setLive(false);
}

function selectBrand(id) {
  stopBrand();
  state.brand = id;
  history.replaceState(null, "", `#brand=${encodeURIComponent(id)}`);
  $("board").hidden = false;
  renderEscalations();
  follow(id);
  refresh();
}

async function refresh() {
  const brand = state.brand;
  try {
    const data = await api(`/api/brands/${encodeURIComponent(brand)}/dashboard`);
    if (brand !== state.brand) return;
    state.data = data;
    for (const item of data.escalations) merge(item.escalation, item);
    // An escalation missing from a fresh read was resolved or withdrawn in the meantime.
    const open = new Set(data.escalations.map((i) => i.escalation.id));
    for (const [id, item] of state.escalations) {
      if (!open.has(id) && item.seenInRead) state.escalations.delete(id);
    }
    for (const item of data.escalations) state.escalations.get(item.escalation.id).seenInRead = true;
    render(data);
  } catch (e) {
    if (e.message === "unauthorized") return;
  }
  if (brand === state.brand) state.timer = setTimeout(refresh, REFRESH_MS);
}

// Keeps the newest revision of each escalation, whichever of the feed and the periodic read saw it first.
function merge(escalation, details) {
  const known = state.escalations.get(escalation.id);
  if (known && known.escalation.revision > escalation.revision) return;
  if ((state.closed.get(escalation.id) ?? -1) >= escalation.revision) return;
  if (escalation.status !== "open") {
    state.escalations.delete(escalation.id);
    state.closed.set(escalation.id, escalation.revision);
    return;
  }
  state.escalations.set(escalation.id, { ...(known || {}), ...(details || {}), escalation, seenInRead: known ? known.seenInRead : false });
}

async function follow(brand) {
  const controller = new AbortController();
  state.feed = controller;
  while (!controller.signal.aborted) {
    try {
      const response = await fetch(`/api/escalations/stream?brand=${encodeURIComponent(brand)}`, { headers: { "X-Api-Key": state.key }, signal: controller.signal });
      if (response.status === 401) { signOut("That key was refused."); return; }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      setLive(true);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          onEvent(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch (e) {
      if (controller.signal.aborted) return;
    }
    setLive(false);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function onEvent(block) {
  let type = "message";
  const data = [];
  for (const line of block.split("\n")) {
    if (line.startsWith("event:")) type = line.slice(6).trim();
    else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
  }
  if (type === "dropped") {
    // The feed lost some escalations on the way to this page (it read too slowly): read the list again now.
    clearTimeout(state.timer);
    refresh();
    return;
  }
  if (type !== "escalation" || data.length === 0) return;
  const escalation = JSON.parse(data.join("\n"));
  if (escalation.brandId !== state.brand) return;
  merge(escalation, null);
  renderEscalations();
}

function setLive(on) {
  const live = $("live");
  live.textContent = on ? "live" : "offline";
  live.classList.toggle("on", on);
}

function render(data) {
  const b = data.brand;
  $("kpi-mentions").textContent = compact.format(b.mentionsLastHour);
  $("kpi-total").textContent = `${compact.format(b.mentionCount)} in all`;
  $("kpi-rate").textContent = percent(b.responseRate);
  $("kpi-answered").textContent = `${compact.format(b.answeredCount)} answered`;
  const target = b.responseTargetMinutes * 60;
  const frt = $("kpi-frt");
  frt.textContent = `${duration(b.firstResponseP50Seconds)} / ${duration(b.firstResponseP90Seconds)}`;
  frt.className = b.firstResponseP90Seconds == null ? "" : b.firstResponseP90Seconds > target ? "bad" : "good";
  $("kpi-target").textContent = `target ${duration(target)}`;
  $("kpi-time").textContent = data.eventTime ? `event time ${new Date(data.eventTime).toISOString().slice(0, 16).replace("T", " ")} UTC` : "";
  renderChart(b.mentionsPerMinute);
  renderSentiment(b.sentiment);
  renderEscalations();
  renderPosts(data);
  const topics = data.topics || b.topics || [];
  $("topics-card").hidden = topics.length === 0;
  $("topics").replaceChildren(...topics.map((t) => el("li", {}, el("span", { textContent: t.topic || t.name || String(t) }), el("span", { textContent: t.count ?? "" }))));
}

function renderChart(perMinute) {
  const svg = $("chart");
  const ns = "http://www.w3.org/2000/svg";
  const max = Math.max(1, ...perMinute);
  const width = 600 / perMinute.length;
  const nodes = perMinute.map((count, i) => {
    const rect = document.createElementNS(ns, "rect");
    const height = (count / max) * 150;
    rect.setAttribute("x", (i * width + 1).toFixed(1));
    rect.setAttribute("y", (175 - height).toFixed(1));
    rect.setAttribute("width", Math.max(1, width - 2).toFixed(1));
    rect.setAttribute("height", height.toFixed(1));
    const title = document.createElementNS(ns, "title");
    title.textContent = `${count} mentions, ${perMinute.length - 1 - i} min ago`;
    rect.append(title);
    return rect;
  });
  const label = document.createElementNS(ns, "text");
  label.setAttribute("x", "4");
  label.setAttribute("y", "12");
  label.textContent = `max ${max}/min`;
  svg.replaceChildren(...nodes, label);
}

function renderSentiment(s) {
  const total = s.negative + s.neutral + s.positive;
  const parts = [["negative", s.negative, "var(--neg)"], ["neutral", s.neutral, "var(--neu)"], ["positive", s.positive, "var(--pos)"]];
  $("sentiment-bar").replaceChildren(...parts.map(([name, n, color]) =>
    el("div", { title: `${name}: ${n}`, style: `width:${total ? (n / total) * 100 : 0}%;background:${color}` })));
  $("sentiment-legend").replaceChildren(
    ...parts.map(([name, n, color]) => el("li", {}, el("span", {}, el("i", { style: `background:${color}` }), name), el("span", { textContent: total ? `${n} (${percent(n / total)})` : "0" }))),
    el("li", {}, el("span", { textContent: "average" }), el("span", { textContent: fmt.format(s.average) })));
}

function renderEscalations() {
  const items = [...state.escalations.values()].sort((a, b) =>
    a.escalation.severity - b.escalation.severity || b.escalation.score - a.escalation.score);
  $("no-escalations").hidden = items.length > 0;
  $("kpi-open").textContent = items.length;
  $("escalations").replaceChildren(...items.map(escalationCard));
}

function escalationCard(item) {
  const e = item.escalation;
  const author = item.authorHandle ? `@${item.authorHandle}` : e.authorId;
  const influence = item.authorInfluence == null ? "" : ` · influence ${fmt.format(item.authorInfluence)}`;
  const age = item.minutesUnanswered == null ? "" : ` · unanswered ${fmt.format(item.minutesUnanswered)} min`;
  const button = el("button", { type: "button", className: "answer", textContent: "Mark answered" });
  button.dataset.testid = "answer";
  button.addEventListener("click", () => answer(e, button));
  const card = el("li", { className: `escalation sev${e.severity}` },
    el("div", { className: "text", textContent: e.postText || `(post ${e.postId})` }),
    el("div", { className: "meta", textContent: `${author} · ${compact.format(e.authorFollowers)} followers${influence} · reach ${compact.format(e.reach)} · ${e.reshares} reshares${age}` }),
    el("ul", {}, ...e.reasons.map((r) => el("li", { textContent: r }))),
    el("div", { className: "side" }, el("span", { className: "badge", textContent: `S${e.severity} · ${fmt.format(e.score)}` }), button));
  card.dataset.testid = "escalation";
  card.dataset.escalationId = e.id;
  return card;
}

async function answer(escalation, button) {
  button.disabled = true;
  button.textContent = "Marking…";
  try {
    await api(`/api/posts/${encodeURIComponent(escalation.postId)}/answer`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ brandId: escalation.brandId }),
    });
    button.textContent = "Answered";
  } catch (e) {
    button.disabled = false;
    button.textContent = "Mark answered";
    button.title = e.message;
  }
}

function renderPosts(data) {
  const postCell = (p) => el("td", {}, el("div", { textContent: p.text || p.postId }),
    el("small", { textContent: `${p.authorHandle ? "@" + p.authorHandle : p.authorId || ""}${p.platform ? " · " + p.platform : ""}${p.answered ? " · answered" : ""}` }));
  $("spreading").replaceChildren(...data.fastestSpreading.map((p) => el("tr", {}, postCell(p),
    el("td", { className: "num", textContent: fmt.format(p.virality) }),
    el("td", { className: "num", textContent: p.reshares }),
    el("td", { className: "num", textContent: compact.format(p.reach) }),
    el("td", { className: "num", textContent: p.sentiment == null ? "–" : fmt.format(p.sentiment) }))));
  $("authors").replaceChildren(...data.brand.topAuthors.map((a) => el("tr", {},
    el("td", { textContent: a.handle ? `@${a.handle}` : a.authorId }),
    el("td", { className: "num", textContent: fmt.format(a.influence) }),
    el("td", { className: "num", textContent: compact.format(a.followers) }))));
  $("no-resharable").hidden = data.worthResharing.length > 0;
  $("resharable").replaceChildren(...data.worthResharing.map((p) => el("li", {},
    el("div", { textContent: p.text || p.postId }),
    el("small", { textContent: `${p.authorHandle ? "@" + p.authorHandle : p.authorId || ""} · ${p.reshares} reshares · reach ${compact.format(p.reach)} · sentiment ${fmt.format(p.sentiment)}` }))));
}

$("login").addEventListener("submit", (event) => {
  event.preventDefault();
  state.key = $("api-key").value.trim();
  if (!state.key) return;
  sessionStorage.setItem(KEY_STORAGE, state.key);
  $("api-key").value = "";
  start();
});
$("sign-out").addEventListener("click", () => signOut());
$("brand").addEventListener("change", (event) => selectBrand(event.target.value));
start();
