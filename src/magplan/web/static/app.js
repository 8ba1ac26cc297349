/* magplan serve: the secretariat's page.
 *
 * Everything the page knows about plans comes from the server: the plan as
 * read (magplan.read_plan), the Russian labels (magplan.write.labels), what an
 * edited date wording means (the reading rules), the calendar (the workbook's
 * rule) and every download (magplan.write).  The page only shows, filters,
 * edits and sends back.  The grid is Tabulator (static/vendor/tabulator).
 */
"use strict";

// The server answers a job's poll as soon as it changes (or after WAIT_S seconds).
const WAIT_S = 5;
const TEXT_FIELDS = ["section", "title", "members", "place", "date_text", "note", "organizers", "responsible"];
const LIST_FIELDS = new Set(["members", "organizers"]);
const INT_FIELDS = new Set(["number", "age_years", "edition", "page"]);
const DATE_FIELDS = new Set(["date_start", "date_end"]);
const BOOL_FIELDS = new Set(["approximate", "participation"]);
const CODE_FIELDS = { kind: "kinds", date_precision: "precisions", recurrence: "recurrences" };
// Shown without «Все столбцы» only when some row has a value.
const OPTIONAL_COLUMNS = new Set(["participation", "edition", "page", "responsible", "age_years", "occurrences",
  "members", "organizers"]);
const WIDTHS = { number: 60, kind: 140, title: 340, members: 170, place: 130, date_text: 150, date_start: 110,
  date_end: 110, date_precision: 105, occurrences: 190, recurrence: 150, approximate: 95, participation: 85,
  organizers: 170, note: 230, responsible: 170, age_years: 80, edition: 90, page: 85 };
// The table's column order: what a clerk checks first, on the left.
const COLUMN_ORDER = ["number", "title", "kind", "members", "place", "date_text", "date_start", "date_end",
  "date_precision", "occurrences", "recurrence", "approximate", "organizers", "note", "responsible", "age_years",
  "edition", "participation", "page", "section"];
// In the order a clerk wants them; a writer not named here still gets a button, last.
const FORMAT_LABELS = { xlsx: "Excel (.xlsx)", docx: "Документ Word (.docx)", pdf: "PDF", csv: "CSV для Excel",
  ics: "Календарь Outlook (.ics)", json: "JSON" };
const DIFF_LABELS = { added: "добавлено", removed: "удалено", changed: "изменено", moved: "перемещено",
  unchanged: "без изменений", requisites: "изменений в реквизитах", sections: "переименованных разделов" };
const BATCH_FILE_LABELS = { "archive.xlsx": "Сводная таблица Excel", "archive.csv": "CSV", "archive.json": "JSON",
  "failures.csv": "Список ошибок (CSV)" };

const state = {
  meta: null, job: null, following: null, document: null, planWarnings: [], doubts: [], table: null,
  undo: [], nextId: 0, itemFields: [],
};

const $ = (id) => document.getElementById(id);

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

async function api(path, options = {}) {
  const headers = Object.assign({ "X-Magplan": "1" }, options.headers || {});
  const response = await fetch(path, Object.assign({}, options, { headers, credentials: "same-origin" }));
  if (!response.ok) {
    let message = `ошибка сервера ${response.status}`;
    let body_ru = "";
    try {
      const body = await response.json();
      if (body && body.error) message = body.error;
      if (body && body.error_ru) body_ru = body.error_ru;
    } catch (e) { /* not JSON: keep the status */ }
    const error = new Error(message);
    error.status = response.status;
    error.russian = body_ru;
    throw error;
  }
  return response;
}

function postJson(path, body) {
  return api(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

// ---------- status line

function showProgress(text, done, total) {
  $("progress").hidden = false;
  $("progress-text").textContent = text;
  const bar = $("progress-bar");
  if (total > 0) {
    bar.max = total;
    bar.value = done;
  } else {
    bar.removeAttribute("value");
  }
}

function hideProgress() { $("progress").hidden = true; }

function showError(title, reason) {
  const box = $("error");
  box.innerHTML = `<strong>${escapeHtml(title)}</strong>${escapeHtml(reason || "")}`;
  box.hidden = false;
}

function clearMessages() {
  $("error").hidden = true;
  $("notice").hidden = true;
}

function notice(text) {
  $("notice").textContent = text;
  $("notice").hidden = false;
}

// ---------- upload and jobs

function isZip(file) { return /\.zip$/i.test(file.name); }

async function upload(files) {
  files = Array.from(files);
  if (!files.length) return;
  clearMessages();
  performance.mark("magplan-drop");
  const batch = files.length > 1 || isZip(files[0]);
  const form = new FormData();
  for (const file of files) form.append(batch ? "files" : "file", file, file.name);
  showProgress(batch ? "Отправка файлов…" : `Отправка «${files[0].name}»…`, 0, 0);
  let job;
  try {
    job = await (await api(batch ? "/api/batch" : "/api/read", { method: "POST", body: form })).json();
  } catch (error) {
    hideProgress();
    const title = files.length > 1 ? "Файлы не приняты." : `Файл «${files[0].name}» не принят.`;
    showError(error.russian ? `${title} ${error.russian}.` : title, error.message);
    return;
  }
  performance.mark("magplan-uploaded");
  state.following = job.id;
  follow(job);
}

async function follow(job) {
  while (job.state === "queued" || job.state === "running") {
    describeProgress(job);
    try {
      job = await (await api(`/api/jobs/${encodeURIComponent(job.id)}?wait=${WAIT_S}`)).json();
      if (state.following !== job.id) return; // another file was dropped meanwhile
    } catch (error) {
      hideProgress();
      showError("Связь с сервером прервалась.", error.message);
      return;
    }
  }
  hideProgress();
  performance.mark("magplan-read");
  if (job.state === "failed") {
    const why = job.error_ru ? ` ${job.error_ru}.` : "";
    showError(`Файл «${job.name}» не прочитан.${why}`, `Причина: ${job.error}`);
    return;
  }
  if (job.kind === "batch") showBatch(job);
  else if (job.kind === "diff") showDiff(job);
  else showPlan(job);
}

function describeProgress(job) {
  const p = job.progress;
  if (job.state === "queued") {
    const ahead = job.ahead ? ` (перед ним файлов: ${job.ahead})` : "";
    return showProgress(`«${job.name}»: в очереди${ahead}…`, 0, 0);
  }
  if (p.unit === "pages" && p.total) {
    const page = Math.min(p.done + 1, p.total);
    const text = p.done >= p.total ? `Распознано страниц: ${p.total} из ${p.total}, собираю таблицу…`
      : `Распознавание скана «${job.name}»: страница ${page} из ${p.total}`;
    return showProgress(text, p.done, p.total);
  }
  if (p.unit === "files" && p.total) {
    return showProgress(`Обработано файлов: ${p.done} из ${p.total}` + (p.failed ? ` (не прочитано: ${p.failed})` : ""),
      p.done, p.total);
  }
  return showProgress(`Чтение «${job.name}»…`, 0, 0);
}

// ---------- labels

function label(field, value) {
  const L = state.meta.labels;
  if (value === null || value === undefined || value === "") return "";
  if (CODE_FIELDS[field]) return L[CODE_FIELDS[field]][value] || value;
  if (BOOL_FIELDS.has(field)) return value ? L.yes : L.no;
  if (LIST_FIELDS.has(field)) return value.join("\n");
  if (DATE_FIELDS.has(field)) return isoToRu(value);
  if (field === "occurrences") return value.map(([a, b]) => periodText(a, b)).join("\n");
  return String(value);
}

function isoToRu(iso) {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

function ruToIso(text) {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function periodText(start, end) {
  if (!start) return `до ${isoToRu(end)}`;
  return start === end ? isoToRu(start) : `${isoToRu(start)}–${isoToRu(end)}`;
}

// The server gives each warning its Russian sentence (magplan.messages) beside the English one.
function warningText(w) {
  return w.ru || w.message;
}

// ---------- the plan

function showPlan(job) {
  state.job = job.id;
  $("compare-result").hidden = true;
  const result = job.result;
  const plan = result.plan;
  $("batch").hidden = true;
  state.document = plan.document;
  state.doubts = result.doubts || [];
  state.undo = [];
  $("undo").disabled = true;
  state.itemFields = Object.keys(plan.items[0] || {});
  if (!state.itemFields.length) state.itemFields = Object.keys(state.meta.labels.columns).filter((f) => f !== "year" && f !== "source");
  const rowWarnings = new Map();
  state.planWarnings = [];
  for (const w of plan.warnings) {
    if (w.item === undefined || w.item === null) state.planWarnings.push(w);
    else {
      if (!rowWarnings.has(w.item)) rowWarnings.set(w.item, []);
      rowWarnings.get(w.item).push({ code: w.code, message: w.message, ru: w.ru });
    }
  }
  const rows = plan.items.map((item, index) => Object.assign({}, item, {
    _id: index, _warnings: rowWarnings.get(index) || [], _doubts: {},
  }));
  for (const doubt of state.doubts) {
    for (const [index, field] of doubt.cells) {
      if (rows[index]) (rows[index]._doubts[field] = rows[index]._doubts[field] || []).push(doubt.id);
    }
  }
  state.nextId = rows.length;
  renderCard(rows.length);
  // Visible before the grid is built: a hidden grid cannot measure its rows, and redraws later.
  $("plan").hidden = false;
  selectTab("table");
  performance.mark("magplan-table");
  buildTable(rows);
  fillFilters(rows);
  renderWarnings(rows);
}

function renderCard(count) {
  const doc = state.document;
  $("plan-title").textContent = doc.title || "План без заголовка";
  const fields = [];
  const years = doc.year_end && doc.year_end !== doc.year ? `${doc.year}–${doc.year_end}` : doc.year;
  fields.push(["Год", years || "не указан в заголовке"]);
  fields.push(["Пунктов в плане", String(count)]);
  if (doc.approval) {
    const a = doc.approval;
    fields.push(["Утверждение", [a.position, a.name, a.date_text, a.number ? `№ ${a.number}` : null].filter(Boolean).join(", ")]);
  }
  if (doc.signatory) fields.push(["Подпись", `${doc.signatory.position} — ${doc.signatory.name}`]);
  if (doc.footnotes && doc.footnotes.length) fields.push(["Сноски", doc.footnotes]);
  fields.push(["Файл", `${doc.source} (${doc.format})`]);
  const warnings = state.planWarnings.length;
  if (warnings) fields.push(["Замечания к документу", state.planWarnings.map(warningText)]);
  const dl = $("card-fields");
  dl.innerHTML = "";
  for (const [name, value] of fields) {
    const dt = document.createElement("dt");
    dt.textContent = name;
    const dd = document.createElement("dd");
    if (Array.isArray(value)) {
      const ol = document.createElement("ol");
      for (const line of value) {
        const li = document.createElement("li");
        li.textContent = line;
        ol.appendChild(li);
      }
      dd.appendChild(ol);
    } else dd.textContent = value;
    if (name === "Пунктов в плане") dd.id = "item-count";
    dl.append(dt, dd);
  }
}

function cellText(field, value) {
  return escapeHtml(label(field, value));
}

function formatter(field) {
  return (cell) => {
    const row = cell.getRow().getData();
    const element = cell.getElement();
    const doubts = row._doubts[field];
    element.classList.toggle("doubt", Boolean(doubts && doubts.length));
    if (doubts && doubts.length) element.dataset.doubt = doubts.join(",");
    else delete element.dataset.doubt;
    const text = cellText(field, cell.getValue());
    if (field === "date_text" && row.approximate && text) return `<span class="approx">${text}</span>`;
    return text;
  };
}

// One editor for every kind of value: text (one line or several), lists (one entry per line),
// whole numbers, dates (ДД.ММ.ГГГГ); a bad value stays in the editor, marked, with the reason.
function editor(field) {
  return (cell, onRendered, success, cancel) => {
    const multiline = LIST_FIELDS.has(field) || ["title", "note", "members", "organizers", "responsible"].includes(field);
    const input = document.createElement(multiline ? "textarea" : "input");
    input.className = "editor";
    input.setAttribute("aria-label", state.meta.labels.columns[field] || field);
    input.value = label(field, cell.getValue());
    if (multiline) input.rows = Math.max(3, input.value.split("\n").length + 1);
    onRendered(() => { input.focus(); input.select(); });
    const parse = () => {
      const text = input.value.trim();
      if (LIST_FIELDS.has(field)) return { value: text.split("\n").map((s) => s.trim()).filter(Boolean) };
      if (INT_FIELDS.has(field)) {
        if (!text) return { value: null };
        return /^\d{1,9}$/.test(text) ? { value: Number(text) } : { error: "нужно целое число" };
      }
      if (DATE_FIELDS.has(field)) {
        if (!text) return { value: null };
        const iso = ruToIso(text);
        return iso ? { value: iso } : { error: "нужна дата ДД.ММ.ГГГГ" };
      }
      if (["kind", "section", "title"].includes(field)) {
        return text || field === "section" ? { value: text } : { error: "не может быть пустым" };
      }
      return { value: multiline ? input.value.replace(/^\s+|\s+$/g, "") || null : text || null };
    };
    const commit = () => {
      const parsed = parse();
      if (parsed.error) {
        input.setAttribute("aria-invalid", "true");
        input.title = parsed.error;
        notice(`${state.meta.labels.columns[field]}: ${parsed.error}. Исправьте значение или нажмите Esc.`);
        return false;
      }
      success(parsed.value);
      return true;
    };
    input.addEventListener("keydown", (event) => {
      if (event.key === "Escape") { event.preventDefault(); cancel(); }
      if (event.key === "Enter" && (!multiline || event.ctrlKey)) { event.preventDefault(); commit(); }
    });
    input.addEventListener("blur", () => { if (!commit()) cancel(); });
    return input;
  };
}

function codeEditorParams(field) {
  const values = state.meta.labels[CODE_FIELDS[field]];
  const options = Object.assign({}, values);
  if (field !== "kind") options[""] = "—";
  return { values: options };
}

function columnFor(field) {
  const title = state.meta.labels.columns[field] || field;
  const column = { title, field, width: WIDTHS[field] || 140, formatter: formatter(field), headerTooltip: title,
    headerWordWrap: true, variableHeight: true };
  if (CODE_FIELDS[field]) {
    column.editor = "list";
    column.editorParams = codeEditorParams(field);
    column.mutatorEdit = (value) => (value === "" ? null : value);
  } else if (BOOL_FIELDS.has(field)) {
    column.editor = "list";
    column.editorParams = { values: { true: state.meta.labels.yes, false: state.meta.labels.no } };
    column.mutatorEdit = (value) => value === true || value === "true";
    column.hozAlign = "center";
  } else if (field === "occurrences") {
    column.editor = false; // follows the date wording
  } else {
    column.editor = editor(field);
  }
  if (field === "date_start" || field === "date_end") {
    column.sorter = (a, b) => (a || "9999").localeCompare(b || "9999");
  } else if (CODE_FIELDS[field] || BOOL_FIELDS.has(field) || LIST_FIELDS.has(field)) {
    column.sorter = (a, b, aRow, bRow, col, dir, params) => label(field, a).localeCompare(label(field, b), "ru");
  } else if (!INT_FIELDS.has(field)) {
    column.sorter = (a, b) => String(a || "").localeCompare(String(b || ""), "ru");
  }
  if (field === "number") column.frozen = true;
  return column;
}

function warningColumn() {
  return {
    title: "Замечания", field: "_warnings", width: 230, headerSort: false, variableHeight: true,
    formatter: (cell) => cell.getValue().map((w) => `<div class="cell-warning">${escapeHtml(warningText(w))}</div>`).join(""),
  };
}

function buildTable(rows) {
  const all = $("all-columns").checked;
  const ordered = COLUMN_ORDER.filter((f) => state.itemFields.includes(f))
    .concat(state.itemFields.filter((f) => !COLUMN_ORDER.includes(f)));
  const columns = ordered.map((field) => {
    const column = columnFor(field);
    // The section heads each group; its own column is for editing, with «Все столбцы».
    if (field === "section") column.visible = all;
    else if (OPTIONAL_COLUMNS.has(field) && !all) {
      column.visible = rows.some((row) => {
        const v = row[field];
        // Periods repeat «Начало»/«Окончание» unless some wording names several.
        if (field === "occurrences") return v && v.length > 1;
        return Array.isArray(v) ? v.length > 0 : v !== null && v !== undefined && v !== false && v !== "";
      });
    }
    return column;
  });
  columns.push(warningColumn());
  if (state.table) state.table.destroy();
  state.built = false;
  state.table = new Tabulator("#table", {
    data: rows,
    index: "_id",
    columns,
    layout: "fitData",
    height: "70vh",
    renderVertical: "basic",
    groupBy: "section",
    groupHeader: (value, count) => `${escapeHtml(value || "Без раздела")} <span class="code">(${count})</span>`,
    placeholder: "Нет строк, отвечающих отбору",
    rowFormatter: (row) => row.getElement().classList.toggle("has-warning", row.getData()._warnings.length > 0),
    editTriggerEvent: "focus", // a click or the keyboard (Tab) opens the editor
  });
  state.table.on("cellEdited", onCellEdited);
  state.table.on("dataFiltered", (filters, filtered) => updateCount(filtered.length));
  state.table.on("cellMouseEnter", (event, cell) => showCrop(event, cell));
  state.table.on("cellMouseLeave", () => hideCrop());
  // Fixing an unsure cell (by click or keyboard): the scan's crop stays beside the editor.
  state.table.on("cellEditing", (cell) => {
    const rect = cell.getElement().getBoundingClientRect();
    showCrop({ clientX: rect.left, clientY: rect.bottom }, cell);
  });
  state.table.on("cellEdited", () => hideCrop());
  state.table.on("cellEditCancelled", () => hideCrop());
  state.table.on("tableBuilt", () => {
    state.built = true;
    applyFilters();
    updateCount();
    performance.mark("magplan-shown");
  });
}

function updateCount(shown) {
  const total = state.table ? state.table.getDataCount() : 0;
  if (shown === undefined) shown = state.table ? state.table.getDataCount("active") : 0;
  $("count").textContent = shown === total ? `Строк: ${total}` : `Показано строк: ${shown} из ${total}`;
}

// ---------- editing

function plainRow(data) {
  const out = {};
  for (const field of state.itemFields) out[field] = data[field];
  return out;
}

async function onCellEdited(cell) {
  const field = cell.getField();
  const row = cell.getRow();
  const before = Object.assign({}, row.getData(), { [field]: cell.getOldValue() });
  state.undo.push({ id: row.getData()._id, data: JSON.parse(JSON.stringify(before)) });
  $("undo").disabled = false;
  cell.getElement().classList.add("changed");
  try {
    const response = await postJson("/api/derive", {
      field, item: plainRow(row.getData()), before: plainRow(before),
      year: state.document.year, year_end: state.document.year_end,
    });
    const derived = await response.json();
    const update = {};
    for (const [name, value] of Object.entries(derived.item)) {
      if (JSON.stringify(value) !== JSON.stringify(row.getData()[name])) update[name] = value;
    }
    // The warnings an edit makes afresh replace the row's old ones of the same codes.
    const kept = row.getData()._warnings.filter((w) => !derived.replaces.includes(w.code));
    update._warnings = kept.concat(derived.warnings);
    await row.update(update);
    if ((derived.item.occurrences || []).length > 1 && state.table.getColumn("occurrences")) {
      state.table.showColumn("occurrences"); // a wording of several periods: show them
    }
    for (const name of Object.keys(update)) {
      const changed = row.getCell(name);
      if (changed && name !== "_warnings") changed.getElement().classList.add("changed");
    }
    row.reformat();
    if (derived.warnings.length) notice(`Строка ${row.getData().number ?? ""}: ${derived.warnings.map(warningText).join("; ")}`);
    else if (field === "date_text") notice(`Срок «${row.getData().date_text ?? ""}» понят: ${describeDates(row.getData())}.`);
    refreshAfterEdit();
  } catch (error) {
    showError("Правка не проверена сервером.", error.message);
  }
}

function describeDates(item) {
  const L = state.meta.labels;
  if (item.recurrence) return L.recurrences[item.recurrence];
  if (!item.date_end) return "без календарного срока";
  const precision = item.date_precision ? `, точность — ${L.precisions[item.date_precision]}` : "";
  return `${periodText(item.date_start, item.date_end)}${precision}`;
}

async function undo() {
  const last = state.undo.pop();
  $("undo").disabled = state.undo.length === 0;
  if (!last) return;
  const row = state.table.getRow(last.id);
  if (!row) return;
  await row.update(last.data);
  row.reformat();
  notice("Правка отменена.");
  refreshAfterEdit();
}

function refreshAfterEdit() {
  renderWarnings(state.table.getData());
  if (!$("tab-calendar").hidden) renderCalendar();
}

// ---------- filters

function monthsOf(item) {
  const periods = item.occurrences && item.occurrences.length ? item.occurrences
    : item.date_end ? [[item.date_start, item.date_end]] : [];
  const months = new Set();
  for (const [start, end] of periods) {
    const from = start || end;
    let [y, m] = from.split("-").map(Number);
    const [y2, m2] = end.split("-").map(Number);
    for (let guard = 0; (y < y2 || (y === y2 && m <= m2)) && guard < 36; guard++) {
      months.add(m);
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
  }
  return months;
}

function fillFilters(rows) {
  const L = state.meta.labels;
  const fill = (id, entries) => {
    const select = $(id);
    select.length = 1;
    for (const [value, text] of entries) select.add(new Option(text, value));
  };
  const sections = [...new Set(rows.map((r) => r.section))];
  fill("f-section", sections.map((s) => [s, s || "Без раздела"]));
  const kinds = [...new Set(rows.map((r) => r.kind))];
  fill("f-kind", kinds.map((k) => [k, L.kinds[k] || k]));
  fill("f-month", L.months.map((m, i) => [String(i + 1), m]));
  const cities = [...new Set(rows.map((r) => r.place).filter(Boolean))].sort((a, b) => a.localeCompare(b, "ru"));
  fill("f-city", cities.map((c) => [c, c]));
  $("f-text").value = "";
}

function applyFilters() {
  if (!state.table) return;
  const section = $("f-section").value;
  const kind = $("f-kind").value;
  const month = $("f-month").value;
  const city = $("f-city").value;
  const text = $("f-text").value.trim().toLowerCase();
  const useSection = $("f-section").selectedIndex > 0;
  state.table.setFilter((data) => {
    if (useSection && data.section !== section) return false;
    if (kind && data.kind !== kind) return false;
    if (city && data.place !== city) return false;
    if (month && !monthsOf(data).has(Number(month))) return false;
    if (text) {
      const haystack = TEXT_FIELDS.map((f) => label(f, data[f])).join("\n").toLowerCase();
      if (!haystack.includes(text)) return false;
    }
    return true;
  });
}

// ---------- warnings tab and crops

function renderWarnings(rows) {
  const list = $("warnings-list");
  list.innerHTML = "";
  const add = (html) => {
    const li = document.createElement("li");
    li.innerHTML = html;
    list.appendChild(li);
  };
  for (const w of state.planWarnings) add(`${escapeHtml(warningText(w))} <span class="code">[${escapeHtml(w.code)}]</span>`);
  for (const row of rows) {
    for (const w of row._warnings) {
      add(`Пункт ${escapeHtml(row.number ?? "")} «${escapeHtml(row.title)}»: ${escapeHtml(warningText(w))} <span class="code">[${escapeHtml(w.code)}]</span>`);
    }
  }
  for (const doubt of state.doubts) {
    const img = doubt.crop ? `<img src="${cropUrl(doubt.id)}" alt="фрагмент скана со словом ${escapeHtml(doubt.text)}">` : "";
    add(`Скан, стр. ${doubt.page}: слово «${escapeHtml(doubt.text)}» распознано неуверенно (${doubt.confidence}%)${img}`);
  }
  const count = list.children.length;
  $("tab-btn-warnings").textContent = count ? `Замечания (${count})` : "Замечания";
  if (!count) add("Замечаний нет.");
}

function cropUrl(id) {
  return `/api/jobs/${encodeURIComponent(state.job)}/files/crop-${id}.png`;
}

function showCrop(event, cell) {
  const ids = (cell.getElement().dataset.doubt || "").split(",").filter(Boolean).map(Number);
  if (!ids.length) return;
  const doubt = state.doubts.find((d) => d.id === ids[0]);
  if (!doubt) return;
  const box = $("crop");
  const img = $("crop-img");
  img.hidden = !doubt.crop;
  if (doubt.crop) {
    img.src = cropUrl(doubt.id);
    img.alt = `фрагмент скана: ${doubt.text}`;
  }
  $("crop-text").textContent = `Скан, стр. ${doubt.page}: «${doubt.text}» распознано с уверенностью ${doubt.confidence}%. Сверьте с бумагой.`;
  box.hidden = false;
  const x = Math.min(event.clientX + 16, window.innerWidth - 520);
  box.style.left = `${Math.max(8, x)}px`;
  box.style.top = `${event.clientY + 16}px`;
}

function hideCrop() { $("crop").hidden = true; }

// ---------- calendar

async function renderCalendar() {
  const grid = $("calendar");
  grid.setAttribute("aria-busy", "true");
  try {
    const data = await (await postJson("/api/calendar", currentPlan(false))).json();
    const rows = state.table.getData();
    const byIndex = currentRowsInOrder(rows);
    const L = state.meta.labels;
    grid.innerHTML = "";
    $("calendar-legend").textContent = (data.year ? `${data.year} год. ` : "") + data.legend;
    data.months.forEach((entries, month) => {
      const box = document.createElement("section");
      box.className = "month";
      box.innerHTML = `<h3>${L.months[month]}</h3>`;
      const ul = document.createElement("ul");
      for (const entry of entries) {
        const item = byIndex[entry.item];
        const li = document.createElement("li");
        if (entry.approximate) li.className = "approx";
        li.title = `${L.kinds[item.kind] || item.kind}: ${item.title}` + (entry.approximate ? " (ориентировочно)" : "");
        li.innerHTML = `<span class="mark">${escapeHtml(entry.mark)}</span><span>${escapeHtml(item.title)}</span>`;
        ul.appendChild(li);
      }
      box.appendChild(ul);
      grid.appendChild(box);
    });
    const undated = $("undated");
    undated.innerHTML = "";
    for (const entry of data.undated) {
      const item = byIndex[entry.item];
      const li = document.createElement("li");
      li.textContent = `${item.number ?? ""} ${item.title} — ${entry.wording}`;
      undated.appendChild(li);
    }
  } catch (error) {
    showError("Календарь не построен.", error.message);
  } finally {
    grid.removeAttribute("aria-busy");
  }
}

// ---------- downloads

function currentRowsInOrder(rows) {
  return rows.slice().sort((a, b) => a._id - b._id);
}

function currentPlan(onlyShown) {
  const rows = currentRowsInOrder(onlyShown ? state.table.getData("active") : state.table.getData());
  const warnings = state.planWarnings.slice();
  const items = rows.map((row, index) => {
    for (const w of row._warnings) warnings.push({ code: w.code, message: w.message, item: index });
    return plainRow(row);
  });
  return { schema: "magplan/1", document: state.document, items, warnings };
}

async function download(fmt, button) {
  clearMessages();
  button.disabled = true;
  const old = button.textContent;
  button.textContent = `${old}…`;
  try {
    const response = await postJson(`/api/export/${fmt}`, currentPlan($("only-shown").checked));
    const blob = await response.blob();
    const disposition = response.headers.get("Content-Disposition") || "";
    const match = /filename\*=UTF-8''([^;]+)/.exec(disposition);
    const name = match ? decodeURIComponent(match[1]) : `plan.${fmt}`;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
    notice(`Файл «${name}» сохранён в папку загрузок.`);
  } catch (error) {
    showError("Файл не подготовлен.", error.message);
  } finally {
    button.disabled = false;
    button.textContent = old;
  }
}

function renderDownloadButtons() {
  const holder = $("download-buttons");
  holder.innerHTML = "";
  const preferred = Object.keys(FORMAT_LABELS);
  const formats = preferred.filter((f) => state.meta.formats.includes(f))
    .concat(state.meta.formats.filter((f) => !preferred.includes(f)));
  for (const fmt of formats) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "quiet";
    button.dataset.format = fmt;
    button.textContent = FORMAT_LABELS[fmt] || fmt.toUpperCase();
    button.addEventListener("click", () => download(fmt, button));
    holder.appendChild(button);
  }
}

// ---------- comparison with another plan (magplan.diff)

async function compareWith(file) {
  if (!file) return;
  clearMessages();
  const form = new FormData();
  form.append("file", file, file.name);
  const current = new Blob([JSON.stringify(currentPlan(false))], { type: "application/json" });
  form.append("current", current, "current.json");
  showProgress(`Сравнение с «${file.name}»…`, 0, 0);
  let job;
  try {
    job = await (await api("/api/diff", { method: "POST", body: form })).json();
  } catch (error) {
    hideProgress();
    showError(`Файл «${file.name}» не принят для сравнения.`, error.message);
    return;
  }
  state.following = job.id;
  follow(job);
}

function showDiff(job) {
  const r = job.result;
  const box = $("compare-result");
  const counts = Object.entries(DIFF_LABELS).map(([key, text]) => `${text}: ${r.summary[key] ?? 0}`).join(", ");
  const title = r.equal ? "Планы совпадают." : `По сравнению с «${r.old.source}» (${r.old.year ?? "год не указан"}): ${counts}.`;
  box.innerHTML = `<p>${escapeHtml(title)}</p>`;
  const labels = { "diff.xlsx": "Отчёт о сравнении (Excel)", "diff.html": "Открыть отчёт в браузере" };
  for (const name of r.files) {
    const a = document.createElement("a");
    a.className = "button";
    a.href = `/api/jobs/${encodeURIComponent(job.id)}/files/${encodeURIComponent(name)}`;
    a.textContent = labels[name] || name;
    if (name.endsWith(".html")) { a.target = "_blank"; a.rel = "noopener"; } else a.setAttribute("download", name);
    box.appendChild(a);
  }
  box.hidden = false;
}

// ---------- batch

function showBatch(job) {
  const r = job.result;
  $("plan").hidden = true;
  const s = r.summary;
  $("batch-summary").textContent = `Файлов: ${s.files}. Прочитано планов: ${s.plans} (пунктов: ${s.items}). ` +
    `Повторы: ${s.duplicates}. Не прочитано: ${s.failed}.`;
  const links = $("batch-downloads");
  links.innerHTML = "";
  for (const name of r.files) {
    const a = document.createElement("a");
    a.className = "button";
    a.href = `/api/jobs/${encodeURIComponent(job.id)}/files/${encodeURIComponent(name)}`;
    a.textContent = BATCH_FILE_LABELS[name] || name;
    a.setAttribute("download", name);
    links.appendChild(a);
  }
  const fill = (id, rows) => {
    const body = $(id).querySelector("tbody");
    body.innerHTML = "";
    for (const cells of rows) {
      const tr = body.insertRow();
      for (const text of cells) tr.insertCell().textContent = text;
    }
  };
  fill("batch-plans", r.plans.map((p) => [p.source, p.year ?? "", p.items]));
  fill("batch-failures", r.failures.map((f) => [f.source, f.reason]));
  const more = [];
  if (r.duplicates.length) more.push(`Повторы (взят один экземпляр): ${r.duplicates.map((d) => `${d.source} = ${d.kept}`).join("; ")}.`);
  if (r.skipped.length) more.push(`Пропущены (не документы плана): ${r.skipped.join(", ")}.`);
  $("batch-more").textContent = more.join(" ");
  $("batch").hidden = false;
}

// ---------- page

function selectTab(name) {
  for (const tab of ["table", "calendar", "warnings"]) {
    const selected = tab === name;
    $(`tab-btn-${tab}`).setAttribute("aria-selected", String(selected));
    $(`tab-btn-${tab}`).tabIndex = selected ? 0 : -1;
    $(`tab-${tab}`).hidden = !selected;
  }
  if (name === "calendar") renderCalendar();
  if (name === "table" && state.table && state.built) state.table.redraw();
}

function wireDropZone() {
  const zone = $("drop");
  const input = $("file-input");
  zone.addEventListener("click", () => input.click());
  zone.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") { event.preventDefault(); input.click(); }
  });
  input.addEventListener("change", () => { upload(input.files); input.value = ""; });
  for (const type of ["dragenter", "dragover"]) {
    document.addEventListener(type, (event) => { event.preventDefault(); zone.classList.add("over"); });
  }
  for (const type of ["dragleave", "drop"]) {
    document.addEventListener(type, (event) => { event.preventDefault(); zone.classList.remove("over"); });
  }
  document.addEventListener("drop", (event) => upload(event.dataTransfer.files));
}

async function start() {
  try {
    state.meta = await (await api("/api/meta")).json();
  } catch (error) {
    showError("Страница не смогла связаться с сервером magplan.", error.message);
    return;
  }
  wireDropZone();
  renderDownloadButtons();
  for (const id of ["f-section", "f-kind", "f-month", "f-city"]) $(id).addEventListener("change", applyFilters);
  $("f-text").addEventListener("input", applyFilters);
  $("f-clear").addEventListener("click", () => {
    for (const id of ["f-section", "f-kind", "f-month", "f-city"]) $(id).selectedIndex = 0;
    $("f-text").value = "";
    applyFilters();
  });
  $("undo").addEventListener("click", undo);
  $("compare-button").addEventListener("click", () => $("compare-input").click());
  $("compare-input").addEventListener("change", () => {
    compareWith($("compare-input").files[0]);
    $("compare-input").value = "";
  });
  $("all-columns").addEventListener("change", () => { if (state.table) buildTable(state.table.getData()); });
  document.addEventListener("keydown", (event) => {
    const editing = document.activeElement && document.activeElement.classList.contains("editor");
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z" && !editing && state.undo.length) {
      event.preventDefault();
      undo();
    }
  });
  const tabs = ["table", "calendar", "warnings"];
  tabs.forEach((name, i) => {
    const button = $(`tab-btn-${name}`);
    button.addEventListener("click", () => selectTab(name));
    button.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (step) {
        const next = tabs[(i + step + tabs.length) % tabs.length];
        selectTab(next);
        $(`tab-btn-${next}`).focus();
      }
    });
  });
  $("bigger").addEventListener("click", () => {
    const on = document.body.classList.toggle("large");
    $("bigger").setAttribute("aria-pressed", String(on));
    if (state.table && state.built) state.table.redraw(true);
  });
  document.body.dataset.ready = "true";
  performance.mark("magplan-ready");
}

document.addEventListener("DOMContentLoaded", start);
