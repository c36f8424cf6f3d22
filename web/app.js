// The faultline page: open a scenario, move its numbers, watch the analysis, charts and forecast change, save.
// It only shows what the JSON API (docs/api.md) returns; every number and chart comes from the server.
'use strict';

const state = {
  name: null,       // the open scenario's file name
  fields: [],       // [{path, group, label, value, min, max}] as read from the file
  edits: new Map(), // path -> value, for the numbers changed since opening or saving
  pending: null,    // the in-flight analysis request, aborted when a newer one starts
  timer: null,
};

const $ = (selector) => document.querySelector(selector);
const DEBOUNCE_MS = 250;

function setStatus(text, isError = false) {
  const status = $('#status');
  status.textContent = text;
  status.classList.toggle('error', isError);
  status.setAttribute('role', isError ? 'alert' : 'status');
}

// Fetches JSON (or text); a non-2xx answer becomes an Error with the server's message and diagnostics.
async function api(method, path, body, { signal, as = 'json' } = {}) {
  const response = await fetch(path, {
    method,
    signal,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    let message = `HTTP ${response.status}`;
    try {
      const error = await response.json();
      message = error.error || message;
      if (error.diagnostics) message += ' — ' + error.diagnostics.map((d) => d.text || d).join('; ');
    } catch (_) { /* not JSON: keep the status */ }
    throw new Error(message);
  }
  return as === 'json' ? response.json() : response.text();
}

function editList() {
  return [...state.edits].map(([path, value]) => ({ path, value }));
}

function round(value, digits = 3) {
  return Number.parseFloat(Number(value).toFixed(digits));
}

function idFor(path) {
  return 'field-' + path.replace(/[^A-Za-z0-9_-]/g, '_');
}

function renderFields() {
  const container = $('#fields');
  container.replaceChildren();
  const groups = new Map();
  for (const field of state.fields) {
    if (!groups.has(field.group)) groups.set(field.group, []);
    groups.get(field.group).push(field);
  }
  let first = true;
  for (const [group, fields] of groups) {
    const details = document.createElement('details');
    details.className = 'group';
    details.open = first;
    first = false;
    const summary = document.createElement('summary');
    summary.textContent = group;
    details.append(summary);
    for (const field of fields) details.append(renderField(field));
    container.append(details);
  }
}

function renderField(field) {
  const row = document.createElement('div');
  row.className = 'field';
  row.dataset.path = field.path;
  row.dataset.search = `${field.group} ${field.label} ${field.path}`.toLowerCase();
  const id = idFor(field.path);
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = field.label;
  const step = (field.max - field.min) / 100;
  const slider = Object.assign(document.createElement('input'), {
    type: 'range', id, min: field.min, max: field.max, step, value: field.value,
  });
  slider.dataset.path = field.path;
  const number = Object.assign(document.createElement('input'), {
    type: 'number', min: field.min, max: field.max, step, value: field.value,
  });
  number.setAttribute('aria-label', `${field.group}: ${field.label} (number)`);
  const changed = (value) => {
    if (Number.isNaN(value)) return;
    if (value === field.value) state.edits.delete(field.path);
    else state.edits.set(field.path, value);
    row.classList.toggle('changed', state.edits.has(field.path));
    updateButtons();
    $('#forecast-table caption').textContent = 'P(fracture) by the horizon, per tie (before the latest change: run it again)';
    scheduleRefresh();
  };
  slider.addEventListener('input', () => {
    number.value = round(slider.value);
    changed(round(slider.value));
  });
  number.addEventListener('change', () => {
    slider.value = number.value;
    changed(round(number.value));
  });
  row.append(label, slider, number);
  return row;
}

function filterFields() {
  const words = $('#field-filter').value.toLowerCase().split(/\s+/).filter(Boolean);
  for (const row of document.querySelectorAll('.field')) {
    row.hidden = !words.every((word) => row.dataset.search.includes(word));
  }
  for (const group of document.querySelectorAll('details.group')) {
    const visible = group.querySelector('.field:not([hidden])') !== null;
    group.hidden = !visible;
    if (words.length > 0 && visible) group.open = true;
  }
}

function updateButtons() {
  $('#save-button').disabled = state.edits.size === 0;
  $('#reset-button').disabled = state.edits.size === 0;
}

function cell(row, text, header = false) {
  const element = document.createElement(header ? 'th' : 'td');
  if (header) element.scope = 'row';
  element.textContent = text;
  row.append(element);
  return element;
}

function renderAnalysis(result) {
  const body = $('#tie-table tbody');
  body.replaceChildren();
  for (const tie of result.ties) {
    const row = document.createElement('tr');
    row.dataset.tie = tie.between.join('~');
    cell(row, tie.between.join(' – '), true);
    const classification = cell(row, tie.classification);
    classification.className = 'classification';
    classification.title = tie.reason;
    cell(row, tie.between.map((side) => `${side} ${round(tie.sides[side].worth, 2)}`).join(', '));
    const top = (tie.faultlines || [])[0];
    cell(row, top ? `${top.on} (${top.kind}, ${round(top.divergence, 2)})` : '—');
    body.append(row);
  }
}

// Analysis and report sections for the current edits; a newer change aborts an older request.
async function refresh() {
  if (!state.name) return;
  if (state.pending) state.pending.abort();
  const controller = new AbortController();
  state.pending = controller;
  const body = { edits: editList() };
  const path = `/api/scenarios/${encodeURIComponent(state.name)}`;
  try {
    setStatus('Updating…');
    const [analysis, sections] = await Promise.all([
      api('POST', `${path}/analyze`, body, { signal: controller.signal }),
      api('POST', `${path}/report`, body, { signal: controller.signal, as: 'text' }),
    ]);
    renderAnalysis(analysis);
    $('#report').innerHTML = sections;  // HTML built by the server's report code, every scenario string escaped
    document.body.dataset.analysed = String(Number(document.body.dataset.analysed || 0) + 1);
    setStatus(state.edits.size === 0 ? `${state.name}: as saved` : `${state.name}: ${state.edits.size} unsaved change(s)`);
  } catch (error) {
    if (error.name !== 'AbortError') setStatus(error.message, true);
  } finally {
    if (state.pending === controller) state.pending = null;
  }
}

function scheduleRefresh() {
  clearTimeout(state.timer);
  state.timer = setTimeout(refresh, DEBOUNCE_MS);
}

async function openScenario(name) {
  setStatus(`Opening ${name}…`);
  try {
    const scenario = await api('GET', `/api/scenarios/${encodeURIComponent(name)}`);
    state.name = name;
    state.fields = scenario.fields;
    state.edits.clear();
    document.title = `${scenario.title} — faultline`;
    history.replaceState(null, '', `#${encodeURIComponent(name)}`);
    renderFields();
    filterFields();
    updateButtons();
    $('#forecast-table').hidden = true;
    await refresh();
  } catch (error) {
    setStatus(error.message, true);
  }
}

async function save() {
  try {
    setStatus('Saving…');
    const saved = await api('PUT', `/api/scenarios/${encodeURIComponent(state.name)}`, { edits: editList() });
    await openScenario(state.name);
    setStatus(`Saved ${saved.saved} (previous version kept as ${saved.backup})`);
  } catch (error) {
    setStatus(`Not saved: ${error.message}`, true);
  }
}

function renderForecast(result) {
  const body = $('#forecast-table tbody');
  body.replaceChildren();
  for (const tie of result.ties) {
    const row = document.createElement('tr');
    row.dataset.tie = tie.between.join('~');
    cell(row, tie.between.join(' – '), true);
    cell(row, round(tie.p_fracture, 3)).className = 'p-fracture';
    cell(row, `${round(tie.ci95[0], 3)} – ${round(tie.ci95[1], 3)}`);
    cell(row, tie.median_fracture || 'after the horizon');
    cell(row, tie.triggers && tie.triggers[0] ? `${tie.triggers[0].what} (${round(tie.triggers[0].share * 100, 0)} %)` : '—');
    body.append(row);
  }
  $('#forecast-table').hidden = false;
}

async function runStress(event) {
  event.preventDefault();
  const progress = $('#stress-progress');
  const button = $('#stress-button');
  const request = {
    edits: editList(),
    runs: Number($('#stress-runs').value),
    seed: Number($('#stress-seed').value),
    battery: $('#stress-battery').checked,
    html: true,
  };
  button.disabled = true;
  progress.hidden = false;
  progress.value = 0;
  try {
    const { job } = await api('POST', `/api/scenarios/${encodeURIComponent(state.name)}/stress`, request);
    for (;;) {
      const status = await api('GET', `/api/jobs/${job}`);
      if (status.total > 0) progress.value = status.done / status.total;
      setStatus(`Stress test: ${status.done} of ${status.total || request.runs} runs`);
      if (status.state === 'failed') throw new Error(status.error);
      if (status.state === 'done') {
        renderForecast(status.result);
        // The report with the forecast's charts replaces the analysis-only one until the next change.
        if (status.html) $('#report').innerHTML = status.html;
        $('#forecast-table caption').textContent = 'P(fracture) by the horizon, per tie';
        setStatus(`Stress test done: ${status.result.runs ?? status.result.baseline?.runs ?? request.runs} runs, seed ${request.seed}`);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } catch (error) {
    setStatus(`Stress test failed: ${error.message}`, true);
  } finally {
    button.disabled = false;
    progress.hidden = true;
  }
}

async function start() {
  $('#scenario-select').addEventListener('change', (event) => openScenario(event.target.value));
  $('#open-form').addEventListener('submit', (event) => event.preventDefault());
  $('#field-filter').addEventListener('input', filterFields);
  $('#save-button').addEventListener('click', save);
  $('#reset-button').addEventListener('click', () => openScenario(state.name));
  $('#stress-form').addEventListener('submit', runStress);
  try {
    const listing = await api('GET', '/api/scenarios');
    const select = $('#scenario-select');
    for (const entry of listing.scenarios) {
      const option = new Option(entry.error ? `${entry.name} (invalid)` : `${entry.title} (${entry.name})`, entry.name);
      option.disabled = Boolean(entry.error);
      select.append(option);
    }
    const wanted = decodeURIComponent(location.hash.slice(1));
    const names = listing.scenarios.filter((entry) => !entry.error).map((entry) => entry.name);
    const first = names.includes(wanted) ? wanted : names.includes('musk-trump-2025.yaml') ? 'musk-trump-2025.yaml' : names[0];
    if (!first) {
      setStatus(`No scenarios in ${listing.directory}`, true);
      return;
    }
    select.value = first;
    await openScenario(first);
  } catch (error) {
    setStatus(error.message, true);
  }
}

start();
