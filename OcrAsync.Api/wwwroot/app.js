"use strict";

// The OcrAsync web page: sign in with a token, upload invoices, follow them live over SignalR.
(() => {
  const TOKEN_KEY = "ocrasync.token";
  const API = "/api/ocr-async";
  const FINAL = new Set(["completed", "failed", "cancelled"]);
  const RANK = { queued: 0, processing: 1, completed: 2, failed: 2, cancelled: 2 };
  const FIELD_ORDER = ["invoice_number", "date", "due_date", "vendor_name", "total_amount", "subtotal", "tax_amount", "currency"];
  const SOURCES = { xml: "Read from the e-invoice XML", embedded_xml: "Read from the invoice XML embedded in the PDF" };
  const FORMATS = {
    vn_tt78: "Vietnamese e-invoice (TT78)", ubl_invoice: "UBL invoice", ubl_credit_note: "UBL credit note",
    cii_invoice: "CII invoice", cii_credit_note: "CII credit note",
  };
  const AMOUNT_FIELDS = new Set(["total_amount", "subtotal", "tax_amount"]);
  const DATE_FIELDS = new Set(["date", "due_date"]);

  const $ = (id) => document.getElementById(id);
  const jobs = new Map();
  let token = null;
  let connection = null;

  // ---- helpers -------------------------------------------------------------------------------------------------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function show(id, visible) { $(id).hidden = !visible; }

  function setError(id, message) {
    $(id).textContent = message || "";
    show(id, Boolean(message));
  }

  function userFromToken(jwt) {
    try {
      const payload = JSON.parse(atob(jwt.split(".")[1].replace(/-/g, "+").replace(/_/g, "/")));
      return payload.unique_name || payload.name || payload.sub || "signed in";
    } catch {
      return null;
    }
  }

  async function api(path, options = {}) {
    const response = await fetch(path, { ...options, headers: { ...(options.headers || {}), Authorization: `Bearer ${token}` } });
    if (response.status === 401) {
      signOut("Your token was refused (expired or not valid for this server). Sign in again.");
      throw new Error("unauthorized");
    }
    return response;
  }

  async function problemText(response) {
    try {
      const body = await response.json();
      return body.detail || body.title || `HTTP ${response.status}`;
    } catch {
      return `HTTP ${response.status}`;
    }
  }

  function toast(message) {
    const node = el("div", "toast", message);
    $("toasts").prepend(node);
    setTimeout(() => node.remove(), 8000);
  }

  // ---- jobs ----------------------------------------------------------------------------------------------------

  // Merges what is known about a job. A status never goes backwards: events and list answers may cross.
  function upsert(id, update) {
    const job = jobs.get(id) || { id, status: "queued", progress: 0, message: "", createdAt: Date.now() };
    if (update.status && (RANK[update.status] ?? 0) < (RANK[job.status] ?? 0)) {
      for (const key of ["fileName", "taskId"]) if (update[key] && !job[key]) job[key] = update[key];
    } else if (FINAL.has(job.status) && update.status === job.status && update.progress !== undefined && update.progress < job.progress) {
      // A late progress event for a finished job: keep the final state.
    } else {
      for (const [key, value] of Object.entries(update)) if (value !== undefined && value !== null) job[key] = value;
    }
    jobs.set(id, job);
    render(job);
    return job;
  }

  function render(job) {
    let item = document.querySelector(`li[data-id="${CSS.escape(job.id)}"]`);
    if (!item) {
      item = el("li", "job");
      item.dataset.id = job.id;
      $("jobs").prepend(item);
    }
    show("empty", false);
    item.dataset.status = job.status;
    item.replaceChildren();

    const head = el("div", "job-head");
    head.append(el("span", "job-name", job.fileName || "invoice"), el("span", `badge ${job.status}`, job.status));
    item.append(head);

    const bar = el("progress");
    bar.max = 100;
    bar.value = job.status === "completed" ? 100 : job.progress || 0;
    bar.setAttribute("aria-label", `${job.fileName || "invoice"} progress`);
    item.append(bar);

    if (job.status === "completed") {
      const parts = [];
      if (job.invoiceNumber) parts.push(`Invoice ${job.invoiceNumber}`);
      if (job.totalAmount !== undefined) parts.push(`total ${job.totalAmount}${job.currency ? " " + job.currency : ""}`);
      if (job.date) parts.push(job.date);
      if (job.confidence !== undefined) parts.push(`confidence ${Math.round(job.confidence * 100)}%`);
      const line = el("div", "job-line fields", parts.join(" · ") || job.message);
      line.dataset.role = "summary";
      item.append(line);
    } else if (job.status === "failed") {
      item.append(el("div", "job-line error", job.error || job.message || "Failed"));
    } else {
      item.append(el("div", "job-line", job.message || job.status));
    }

    const actions = el("div", "job-actions");
    if (!FINAL.has(job.status) && job.taskId) {
      const cancel = el("button", "small danger", "Cancel");
      cancel.type = "button";
      cancel.addEventListener("click", () => cancelJob(job, cancel));
      actions.append(cancel);
    }
    if (job.status === "completed") {
      const view = el("button", "small", "View result");
      view.type = "button";
      view.addEventListener("click", () => openResult(job.id));
      actions.append(view);
    }
    if (actions.childElementCount > 0) item.append(actions);
  }

  async function loadRecent() {
    const response = await api(`${API}/recent?limit=20`);
    if (!response.ok) return;
    const items = await response.json();
    // Oldest first, so that prepending leaves the newest on top.
    for (const r of items.reverse()) {
      upsert(r.ocr_result_id, {
        taskId: r.task_id, fileName: r.file_name, status: r.status, progress: r.progress,
        message: r.message, error: r.error_message, confidence: r.confidence_score ?? undefined,
      });
    }
    show("empty", jobs.size === 0);
  }

  async function cancelJob(job, button) {
    button.disabled = true;
    const response = await api(`${API}/cancel/${encodeURIComponent(job.taskId)}`, { method: "POST" });
    if (response.ok) {
      const body = await response.json();
      upsert(job.id, { status: body.status, message: body.message });
    } else {
      toast(await problemText(response));
      button.disabled = false;
    }
  }

  // ---- uploads -------------------------------------------------------------------------------------------------

  async function upload(files) {
    setError("upload-error", "");
    if (files.length === 0) return;
    const form = new FormData();
    const bulk = files.length > 1;
    for (const file of files) form.append(bulk ? "files" : "file", file, file.name);
    form.append("priority", $("priority").value);
    if ($("language").value) form.append("language", $("language").value);
    if ($("template").value) form.append("template_id", $("template").value);

    const response = await api(`${API}/${bulk ? "process-bulk" : "process-async"}`, { method: "POST", body: form });
    if (!response.ok) {
      setError("upload-error", await problemText(response));
      return;
    }
    const body = await response.json();
    if (bulk) {
      const rejected = [];
      for (const item of body.items) {
        if (item.ocr_result_id) upsert(item.ocr_result_id, { taskId: item.task_id, fileName: item.file_name, status: item.status });
        else rejected.push(`${item.file_name}: ${item.error}`);
      }
      if (rejected.length) setError("upload-error", `Not accepted: ${rejected.join("; ")}`);
    } else {
      upsert(body.ocr_result_id, { taskId: body.task_id, fileName: files[0].name, status: body.status });
    }
  }

  // The repository's samples/ folder, served by the API at /samples/ (no token needed).
  async function uploadSample(name) {
    setError("upload-error", "");
    const response = await fetch(`samples/${encodeURIComponent(name)}`);
    if (!response.ok) throw new Error(`Sample ${name} could not be loaded (${response.status}).`);
    const blob = await response.blob();
    await upload([new File([blob], name, { type: blob.type })]);
  }

  // ---- notifications -------------------------------------------------------------------------------------------

  function onNotification(n) {
    if (n.type === "system") {
      toast(n.message);
      return;
    }
    if (n.type === "ai_training") {
      onTraining(n);
      return;
    }
    const d = n.data || {};
    if (!d.ocr_result_id) return;
    const update = { taskId: d.task_id, fileName: d.file_name, status: d.status, progress: d.progress, message: n.message };
    if (n.type === "ocr_completed") {
      Object.assign(update, {
        invoiceNumber: d.invoice_number, totalAmount: d.total_amount, date: d.date, currency: d.currency, confidence: d.confidence,
      });
    }
    if (n.type === "ocr_failed") update.error = d.error_message;
    upsert(d.ocr_result_id, update);
  }

  function setConnection(state) {
    const pill = $("connection");
    pill.textContent = state;
    pill.className = `pill ${state === "live" ? "pill-on" : state === "offline" ? "pill-off" : "pill-wait"}`;
  }

  async function connect() {
    connection = new signalR.HubConnectionBuilder()
      .withUrl("/hubs/notifications", { accessTokenFactory: () => token })
      .withAutomaticReconnect()
      .build();
    connection.on("notification", onNotification);
    connection.onreconnecting(() => setConnection("reconnecting"));
    // Events sent while away are not replayed: catch up from the list.
    connection.onreconnected(() => { setConnection("live"); loadRecent().catch(() => {}); });
    connection.onclose(() => setConnection("offline"));
    setConnection("connecting");
    try {
      await connection.start();
      // The server registers a connection just after the handshake; an answer to a call means it is registered.
      await connection.invoke("join_notifications", null);
      setConnection("live");
    } catch {
      setConnection("offline");
      toast("Live updates are unavailable; the list refreshes when you press Refresh.");
    }
  }

  // ---- result view ---------------------------------------------------------------------------------------------

  function label(name) { return name.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()); }

  async function loadTemplates() {
    const response = await api("/api/templates");
    if (!response.ok) return;
    const options = (await response.json()).map((t) => {
      const option = el("option", "", t.name);
      option.value = t.id;
      return option;
    });
    $("template").replaceChildren($("template").options[0], ...options);
  }

  // A valid signature means the data is unchanged since signing, not that the signer is trusted: say both.
  function signatureText(signature) {
    if (!signature.present) return "Not signed";
    const signer = signature.signer ? ` by ${signature.signer}` : "";
    return signature.valid
      ? `Signature valid${signer} (certificate trust not checked)`
      : `Signature INVALID${signer}`;
  }

  async function openResult(id) {
    const response = await api(`${API}/status/${encodeURIComponent(id)}`);
    if (!response.ok) {
      toast(await problemText(response));
      return;
    }
    const status = await response.json();
    const data = status.extracted_data || {};
    const fields = data.fields || {};
    const reasons = data.review_reasons || [];

    $("result-title").textContent = status.file_name;
    const summary = [SOURCES[data.source] || "Read by OCR or from the PDF's text layer"];
    if (data.format) summary.push(FORMATS[data.format] || data.format);
    if (data.signature) summary.push(signatureText(data.signature));
    summary.push(`Confidence ${Math.round((status.confidence_score || 0) * 100)}%`);
    if (status.processing_time !== undefined) summary.push(`${status.processing_time} s`);
    if (data.template) summary.push(`Template “${data.template.name}”: ${data.template.reason}`);
    $("result-summary").textContent = summary.join(" · ");
    $("result-review").textContent = data.needs_review ? `Needs review: ${reasons.join("; ")}` : "";
    show("result-review", Boolean(data.needs_review));

    // Every correctable field gets an input, found or not: a correction can fill a missing one.
    const editable = status.status === "completed";
    const rows = [];
    for (const name of FIELD_ORDER) {
      const field = fields[name];
      const value = data[name] ?? (field ? field.value : null);
      const flagged = reasons.some((r) => r.startsWith(`${name} `));
      const row = el("tr", flagged ? "needs-review" : "");
      const input = el("input", "field-input");
      input.name = name;
      input.value = value === undefined || value === null ? "" : String(value);
      input.dataset.original = input.value;
      input.disabled = !editable;
      input.setAttribute("aria-label", label(name));
      if (AMOUNT_FIELDS.has(name)) input.inputMode = "decimal";
      if (DATE_FIELDS.has(name)) input.placeholder = "yyyy-mm-dd";
      const valueCell = el("td");
      valueCell.append(input);
      if (field && field.corrected) valueCell.append(el("span", "flag", "✎ corrected"));
      else if (flagged) valueCell.append(el("span", "flag", "⚠ review"));
      row.append(el("td", "", label(name)), valueCell,
        el("td", "", field && field.confidence !== undefined ? `${Math.round(field.confidence * 100)}%` : "–"));
      rows.push(row);
    }
    $("result-fields").replaceChildren(...rows);
    $("result").dataset.id = id;
    $("result-save").hidden = !editable;
    $("result-training").textContent = status.corrected ? `Corrected ${status.corrections.length} time(s); the machine's values are kept.` : "";
    $("result-text").textContent = status.extracted_text || "";
    $("result").showModal();
  }

  // ---- corrections ---------------------------------------------------------------------------------------------

  async function saveCorrections() {
    const id = $("result").dataset.id;
    const changed = {};
    for (const input of $("result-fields").querySelectorAll("input.field-input")) {
      if (input.value === input.dataset.original) continue;
      const text = input.value.trim();
      changed[input.name] = text === "" ? null : AMOUNT_FIELDS.has(input.name) ? Number(text.replace(/,/g, "")) : text;
    }
    if (Object.keys(changed).length === 0) {
      $("result-training").textContent = "Nothing changed.";
      return;
    }
    const response = await api(`${API}/results/${encodeURIComponent(id)}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ fields: changed }),
    });
    if (!response.ok) {
      $("result-training").textContent = await problemText(response);
      return;
    }
    const body = await response.json();
    $("result-training").textContent = `Saved. Learning this vendor: ${body.training_status}…`;
    for (const input of $("result-fields").querySelectorAll("input.field-input")) input.dataset.original = input.value;
  }

  function onTraining(n) {
    const d = n.data || {};
    const text = d.stage === "completed"
      ? `Learned “${d.vendor}”: ${(d.fields_learned || []).map(label).join(", ")} (${d.examples} example(s)). Its next invoices use it.`
      : d.stage === "failed" ? `Learning failed: ${d.error_message}` : `Learning: ${n.message}`;
    if ($("result").open && $("result").dataset.id === d.ocr_result_id) $("result-training").textContent = text;
    if (d.stage === "completed" || d.stage === "failed") {
      toast(text);
      if (d.stage === "completed") loadTemplates().catch(() => {});
    }
  }

  // ---- sign in / out -------------------------------------------------------------------------------------------

  async function signIn(candidate) {
    token = candidate.trim().replace(/^Bearer\s+/i, "");
    const response = await fetch(`${API}/recent?limit=1`, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) {
      token = null;
      sessionStorage.removeItem(TOKEN_KEY);
      setError("sign-in-error", response.status === 401 ? "This token was refused: check that it is current and made for this server." : await problemText(response));
      return;
    }
    sessionStorage.setItem(TOKEN_KEY, token);
    setError("sign-in-error", "");
    $("token").value = "";
    $("user").textContent = userFromToken(token) || "";
    show("user", true);
    show("sign-out", true);
    show("sign-in", false);
    show("workspace", true);
    await connect();
    await Promise.all([loadRecent(), loadTemplates()]);
  }

  function signOut(message) {
    token = null;
    sessionStorage.removeItem(TOKEN_KEY);
    if (connection) connection.stop();
    connection = null;
    jobs.clear();
    $("jobs").replaceChildren();
    setConnection("offline");
    show("user", false);
    show("sign-out", false);
    show("workspace", false);
    show("sign-in", true);
    setError("sign-in-error", message || "");
  }

  // ---- wiring --------------------------------------------------------------------------------------------------

  document.addEventListener("DOMContentLoaded", () => {
    $("sign-in-form").addEventListener("submit", (e) => {
      e.preventDefault();
      signIn($("token").value).catch((err) => setError("sign-in-error", err.message));
    });
    $("sign-out").addEventListener("click", () => signOut());
    $("refresh").addEventListener("click", () => loadRecent().catch(() => {}));
    $("result-close").addEventListener("click", () => $("result").close());
    $("result-save").addEventListener("click", () => saveCorrections().catch((e) => { $("result-training").textContent = e.message; }));

    const input = $("files");
    input.addEventListener("change", () => {
      const files = [...input.files];
      input.value = "";
      upload(files).catch((err) => setError("upload-error", err.message));
    });
    for (const button of document.querySelectorAll("[data-sample]")) {
      button.addEventListener("click", () => uploadSample(button.dataset.sample).catch((err) => setError("upload-error", err.message)));
    }
    const zone = $("drop-zone");
    for (const type of ["dragenter", "dragover"]) {
      zone.addEventListener(type, (e) => { e.preventDefault(); zone.classList.add("over"); });
    }
    for (const type of ["dragleave", "drop"]) {
      zone.addEventListener(type, () => zone.classList.remove("over"));
    }
    zone.addEventListener("drop", (e) => {
      e.preventDefault();
      upload([...e.dataTransfer.files]).catch((err) => setError("upload-error", err.message));
    });

    const saved = sessionStorage.getItem(TOKEN_KEY);
    if (saved) signIn(saved).catch(() => signOut());
  });
})();
