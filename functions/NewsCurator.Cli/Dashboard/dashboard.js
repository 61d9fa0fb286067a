// The dashboard reads the public read API only. Data goes into the page through textContent and
// validated http(s) links: nothing a feed wrote can become markup or script here.
"use strict";

async function api(path, token) {
  const response = await fetch(path, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
  return body;
}

function cell(row, text, className) {
  const td = document.createElement("td");
  td.textContent = text == null ? "" : String(text);
  if (className) td.className = className;
  row.appendChild(td);
  return td;
}

function safeLink(url, text) {
  const a = document.createElement("a");
  a.textContent = text;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") { a.href = parsed.href; a.rel = "noopener"; a.target = "_blank"; }
  } catch { /* no link for a malformed URL */ }
  return a;
}

async function showRun(runId) {
  const detail = await api(`/runs/${encodeURIComponent(runId)}`);
  const funnel = document.getElementById("funnel");
  funnel.replaceChildren();
  const max = Math.max(1, ...Object.values(detail.funnel).map(v => Number(v) || 0));
  for (const [stage, value] of Object.entries(detail.funnel)) {
    const bar = document.createElement("div");
    bar.className = "bar";
    const label = document.createElement("span");
    label.className = "label";
    label.textContent = `${stage.replaceAll("_", " ")}: ${value}`;
    const fill = document.createElement("div");
    fill.style.width = `${Math.round(400 * (Number(value) || 0) / max)}px`;
    bar.append(label, fill);
    funnel.appendChild(bar);
  }
  const link = document.getElementById("newsletter-link");
  link.href = detail.run.newsletter_id ? `/newsletters/${encodeURIComponent(detail.run.newsletter_id)}.html` : "#";

  const articles = await api(`/articles?run=${encodeURIComponent(runId)}&decision=selected&limit=200`);
  const body = document.querySelector("#articles tbody");
  body.replaceChildren();
  for (const a of articles.items.sort((x, y) => x.rank - y.rank)) {
    const row = document.createElement("tr");
    cell(row, a.rank);
    cell(row, "").appendChild(safeLink(a.url, a.title));
    cell(row, a.feed_name);
    cell(row, Number(a.tech_relevance_score).toFixed(1));
    const topics = cell(row, "");
    for (const t of a.topics || []) {
      const span = document.createElement("span");
      span.className = "topic";
      span.textContent = t;
      topics.appendChild(span);
    }
    body.appendChild(row);
  }

  const feeds = await api(`/feeds/statistics?run=${encodeURIComponent(runId)}`);
  const feedBody = document.querySelector("#feeds tbody");
  feedBody.replaceChildren();
  for (const f of feeds.items) {
    const row = document.createElement("tr");
    cell(row, f.feed_name || f.feed_url);
    cell(row, f.status, f.status === "error" ? "error" : "");
    cell(row, f.total_articles);
    cell(row, f.final_articles);
    cell(row, f.error, "error");
    feedBody.appendChild(row);
  }
}

// Admin status needs the bearer token: it is kept in this tab's memory only, never stored.
async function showAdmin(token) {
  const out = document.getElementById("admin-status");
  out.replaceChildren();
  try {
    const s = await api("/api/v1/admin/status", token);
    const lines = [
      `database: ${s.database.reachable ? "reachable" : "UNREACHABLE"}${s.database.latency_ms != null ? ` (${s.database.latency_ms} ms)` : ""}`,
      `blob store: ${s.blob_store.reachable === false ? "UNREACHABLE" : s.blob_store.reachable ? "reachable" : "not checked"}${s.blob_store.latency_ms != null ? ` (${s.blob_store.latency_ms} ms)` : ""}`,
      `model: ${s.model ? `${s.model.name} ${s.model.version ?? ""}` : "none yet"}`,
      `feeds: ${s.feeds.healthy}/${s.feeds.total} healthy, ${s.feeds.degraded.length} degraded, ${s.feeds.failing.length} failing`,
      `costs: ${s.costs ? `LLM $${s.costs.llm_cost_usd ?? 0}, GPU $${s.costs.gpu_cost_usd ?? 0}` : "none reported"}`,
    ];
    for (const run of s.runs) {
      lines.push(`run ${run.run_id}: ${run.status}, ${run.processing_time_seconds ?? "?"} s, ${run.funnel.items} items -> ${run.funnel.selected} selected${run.error_message ? `, failed at ${run.error_stage}: ${run.error_message}` : ""}`);
    }
    for (const line of lines) {
      const li = document.createElement("li");
      li.textContent = line;
      out.appendChild(li);
    }
  } catch (error) {
    const li = document.createElement("li");
    li.className = "error";
    li.textContent = `admin status: ${error.message}`;
    out.appendChild(li);
  }
}

async function main() {
  document.getElementById("admin-form").addEventListener("submit", event => {
    event.preventDefault();
    showAdmin(document.getElementById("admin-token").value);
  });
  const status = document.getElementById("status");
  try {
    const runs = await api("/runs?limit=50");
    const select = document.getElementById("runs");
    for (const run of runs.items) {
      const option = document.createElement("option");
      option.value = run.run_id;
      option.textContent = `${run.run_id} (${run.status}, ${run.articles_output ?? 0} stories)`;
      select.appendChild(option);
    }
    select.addEventListener("change", () => showRun(select.value));
    if (runs.items.length > 0) await showRun(runs.items[0].run_id);
    status.textContent = runs.items.length > 0 ? `${runs.items.length} runs` : "no runs yet: run `newscurator run` first";
  } catch (error) {
    status.textContent = `error: ${error.message}`;
  }
}

main();
