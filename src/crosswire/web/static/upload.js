// Upload form: send the files (or the pasted article) with XMLHttpRequest, so the
// browser reports upload progress, then list what was added. Builds DOM nodes with
// textContent only: nothing from the server is ever parsed as HTML.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  if (!form) { return; }
  var progress = document.getElementById("upload-progress");
  var status = document.getElementById("upload-status");
  var button = document.getElementById("upload-button");
  var result = document.getElementById("upload-result");
  var lines = document.getElementById("upload-lines");
  var maxBytes = parseInt(form.getAttribute("data-max-bytes"), 10) || 0;

  function line(text, href, cls) {
    var li = document.createElement("li");
    if (cls) { li.className = cls; }
    if (href) {
      var a = document.createElement("a");
      a.href = href;
      a.textContent = text;
      li.appendChild(a);
    } else {
      li.textContent = text;
    }
    lines.appendChild(li);
  }

  function describe(entry) {
    if (typeof entry === "string") { return entry; }
    if (!entry) { return ""; }
    var parts = [];
    ["id", "title", "source", "path", "error", "reason"].forEach(function (key) {
      if (entry[key]) { parts.push(String(entry[key])); }
    });
    return parts.join(" · ");
  }

  function show(body, httpStatus) {
    lines.textContent = "";
    result.hidden = false;
    if (body && body.error) {
      line("Error " + httpStatus + " (" + body.error.code + "): " + body.error.message, null, "failed");
      var failedReport = (body.error.report && body.error.report.failed) || [];
      failedReport.forEach(function (f) { line("failed: " + describe(f), null, "failed"); });
      return;
    }
    var named = {};
    (body.articles || []).forEach(function (a) { named[a.id] = a; });
    (body.ingested || []).forEach(function (e) {
      var a = named[e];
      var text = a ? [a.title || e, a.outlet, a.published].filter(Boolean).join(" · ") : describe(e);
      line("added: " + text, a ? "/articles/" + encodeURIComponent(a.id) : null, "ingested");
    });
    (body.present || []).forEach(function (e) { line("already stored: " + describe(e), null, "present"); });
    (body.failed || []).forEach(function (e) { line("failed: " + describe(e), null, "failed"); });
    (body.stories || []).forEach(function (s) {
      line("story: " + (s.headline || s.id), "/stories/" + encodeURIComponent(s.id), "story");
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var data = new FormData(form);
    var token = data.get("token");
    data.delete("token");
    var total = 0;
    data.getAll("files").forEach(function (f) { total += f.size || 0; });
    var files = data.getAll("files").filter(function (f) { return f && f.size > 0; });
    if (!files.length) { data.delete("files"); }
    if (!files.length && !String(data.get("text") || "").trim()) {
      status.textContent = "Choose a file or paste an article first.";
      return;
    }
    if (maxBytes && total > maxBytes) {
      status.textContent = "Too large: " + total + " bytes (limit " + maxBytes + ").";
      return;
    }
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/articles");
    xhr.setRequestHeader("Accept", "application/json");
    if (token) { xhr.setRequestHeader("Authorization", "Bearer " + token); }
    progress.hidden = false;
    progress.value = 0;
    button.disabled = true;
    status.textContent = "Uploading…";
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        progress.value = Math.round((e.loaded / e.total) * 100);
        status.textContent = "Uploading… " + progress.value + "%";
      }
    });
    xhr.upload.addEventListener("load", function () {
      progress.value = 100;
      status.textContent = "Uploaded; reading the articles…";
    });
    xhr.addEventListener("load", function () {
      button.disabled = false;
      var body;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = {error: {code: "bad_response", message: xhr.responseText.slice(0, 200)}}; }
      status.textContent = xhr.status < 300 ? "Done." : "Failed.";
      form.setAttribute("data-state", xhr.status < 300 ? "done" : "failed");
      show(body, xhr.status);
    });
    xhr.addEventListener("error", function () {
      button.disabled = false;
      status.textContent = "Network error.";
      form.setAttribute("data-state", "failed");
    });
    form.setAttribute("data-state", "sending");
    xhr.send(data);
  });
})();
