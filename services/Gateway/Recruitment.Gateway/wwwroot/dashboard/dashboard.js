// The dashboard: a campaign's funnel, time in stage, clearances and pools, read from the gateway's API with the
// signed-in person's token. Every figure comes from GET /api/analytics/campaigns/{campaign} and GET /api/clearances.
const token = sessionStorage.getItem("recruitment.token");
if (!token) {
  location.replace("/dashboard/sign-in.html");
}

const stageNames = {
  submitted: "Submitted", eligible: "Eligible", ineligible: "Ineligible", forwarded: "Forwarded to the pool",
  shortlisted: "Shortlisted", interviewed: "Interviewed", selected: "Selected", "interest-confirmed": "Interest confirmed",
  "clearance-requested": "Clearance requested", "clearance-granted": "Clearance granted", "clearance-denied": "Clearance denied",
  "clearance-overdue": "Clearance overdue", offered: "Offered", "offer-accepted": "Offer accepted", "offer-declined": "Offer declined",
  withdrawn: "Withdrawn",
};
const charts = {};
const status = document.getElementById("status");

async function api(path) {
  const response = await fetch(path, { headers: { authorization: `Bearer ${token}`, accept: "application/json" } });
  if (response.status === 401) {
    location.replace("/dashboard/sign-in.html");
    throw new Error("signed out");
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.title ?? `${response.status} ${response.statusText}`);
  }
  return response.json();
}

function claims() {
  try {
    const payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    return JSON.parse(atob(payload));
  } catch {
    return {};
  }
}

/** Seconds as a person reads a duration: 40 s, 12 min, 5.2 h, 13.0 d, 6.1 months. */
export function duration(seconds) {
  if (seconds === null || seconds === undefined) return "—";
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 86400) return `${(seconds / 3600).toFixed(1)} h`;
  if (seconds < 60 * 86400) return `${(seconds / 86400).toFixed(1)} d`;
  return `${(seconds / (30.44 * 86400)).toFixed(1)} months`;
}

function rows(table, items, cells) {
  const body = document.querySelector(`#${table} tbody`);
  body.replaceChildren(...items.map((item) => {
    const row = document.createElement("tr");
    for (const [text, attributes] of cells(item)) {
      const cell = document.createElement("td");
      cell.textContent = text;
      Object.entries(attributes ?? {}).forEach(([name, value]) => cell.setAttribute(name, value));
      row.append(cell);
    }
    return row;
  }));
  if (items.length === 0) {
    const row = document.createElement("tr");
    const cell = document.createElement("td");
    cell.colSpan = document.querySelectorAll(`#${table} thead th`).length;
    cell.textContent = "None";
    row.append(cell);
    body.append(row);
  }
}

function chart(id, type, labels, datasets, horizontal) {
  charts[id]?.destroy();
  charts[id] = new Chart(document.getElementById(id), {
    type,
    data: { labels, datasets },
    options: {
      indexAxis: horizontal ? "y" : "x",
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: datasets.length > 1 } },
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
}

const count = (figures, stage) => figures.stages.find((s) => s.stage === stage)?.candidates ?? 0;

function showFunnel(funnel) {
  const total = funnel.total;
  const submitted = count(total, "submitted");
  document.getElementById("funnel-campaign").textContent = funnel.campaign;
  chart("funnel-chart", "bar", total.stages.map((s) => stageNames[s.stage] ?? s.stage),
    [{ label: "Candidates", data: total.stages.map((s) => s.candidates), backgroundColor: "#1f5fa8" }], true);
  rows("funnel", total.stages, (s) => [
    [stageNames[s.stage] ?? s.stage],
    [String(s.candidates), { class: "n", "data-stage": s.stage }],
    [submitted ? `${Math.round((100 * s.candidates) / submitted)} %` : "—", { class: "n" }],
  ]);
  rows("times", total.times, (t) => [
    [`${stageNames[t.from]} → ${stageNames[t.to]}`],
    [String(t.candidates), { class: "n", "data-time": `${t.from}>${t.to}` }],
    [duration(t.medianSeconds), { class: "n", "data-median": `${t.from}>${t.to}` }],
    [duration(t.p90Seconds), { class: "n" }],
  ]);
  rows("rules", Object.entries(total.ineligibleByRule), ([rule, n]) => [[rule], [String(n), { class: "n", "data-rule": rule }]]);
  rows("clearance-counts", ["clearance-requested", "clearance-overdue", "clearance-granted", "clearance-denied"],
    (stage) => [[stageNames[stage]], [String(count(total, stage)), { class: "n", "data-clearance": stage }]]);

  // The pool is shared (R13); each division recruits for its own vacancies.
  const divisions = new Map();
  for (const vacancy of funnel.vacancies) {
    const code = vacancy.divisionCode ?? "—";
    const sum = divisions.get(code) ?? { forwarded: 0, shortlisted: 0, interviewed: 0, selected: 0 };
    for (const stage of Object.keys(sum)) sum[stage] += count(vacancy.figures, stage);
    divisions.set(code, sum);
  }
  const codes = [...divisions.keys()].sort();
  chart("division-chart", "bar", codes, ["forwarded", "shortlisted", "interviewed", "selected"].map((stage, i) => ({
    label: stageNames[stage], data: codes.map((code) => divisions.get(code)[stage]),
    backgroundColor: ["#9cc3e6", "#4f8fcf", "#1f5fa8", "#0b3566"][i],
  })), false);
  rows("divisions", codes, (code) => {
    const d = divisions.get(code);
    return [[code], [String(d.forwarded), { class: "n", "data-division": code }], [String(d.shortlisted), { class: "n" }],
      [String(d.interviewed), { class: "n" }], [String(d.selected), { class: "n" }]];
  });
}

async function openCases() {
  const [overdue, requested, inProgress] = await Promise.all(
    ["overdue", "requested", "in-progress"].map((s) => api(`/api/clearances?status=${s}&limit=20`)));
  const seen = new Set(overdue.map((c) => c.clearanceId));
  return [...overdue.map((c) => ({ ...c, overdue: true })), ...[...requested, ...inProgress].filter((c) => !seen.has(c.clearanceId))];
}

function showCases(open) {
  rows("clearance-cases", open, (c) => [
    [c.clearanceId.slice(0, 8)],
    [c.authority ?? "—"],
    [c.requestedAt ? c.requestedAt.slice(0, 10) : "—"],
    [c.overdue ? "overdue" : c.status, { class: c.overdue ? "overdue" : "" }],
  ]);
}

// The campaign asked for last: a slower answer about one chosen before must not overwrite it.
let shown = 0;

async function show(campaign) {
  const request = ++shown;
  status.textContent = "Loading…";
  try {
    const [funnel, cases] = await Promise.all([api(`/api/analytics/campaigns/${encodeURIComponent(campaign)}`), openCases()]);
    if (request !== shown) return;
    showFunnel(funnel);
    showCases(cases);
    status.textContent = `Campaign ${funnel.campaign}, as of ${new Date().toLocaleTimeString()}.`;
    history.replaceState(null, "", `?campaign=${encodeURIComponent(campaign)}`);
  } catch (error) {
    status.textContent = `Could not load the figures: ${error.message}`;
  }
}

const who = claims();
const role = who.role ?? who["http://schemas.microsoft.com/ws/2008/06/identity/claims/role"];
document.getElementById("who").textContent = `${who.sub ?? "signed in"} (${role ?? "no role"})`;

try {
  const campaigns = await api("/api/analytics/campaigns");
  const select = document.getElementById("campaign");
  select.replaceChildren(...campaigns.map((c) => new Option(`${c.campaign} (${c.vacancies} vacancies)`, c.campaign)));
  const wanted = new URLSearchParams(location.search).get("campaign");
  if (wanted && campaigns.some((c) => c.campaign === wanted)) select.value = wanted;
  select.addEventListener("change", () => show(select.value));
  if (campaigns.length === 0) {
    status.textContent = "No campaign has vacancies yet.";
  } else {
    await show(select.value);
  }
} catch (error) {
  status.textContent = `Could not load the campaigns: ${error.message}`;
}
