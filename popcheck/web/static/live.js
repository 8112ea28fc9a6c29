// popcheck live call: caption lines over a WebSocket, the coach panel, End call saves the meeting.
// Every piece of text from the server or the call goes in with textContent, never innerHTML.
(function () {
  "use strict";
  var root = document.getElementById("live");
  if (!root) { return; }
  var $ = function (id) { return document.getElementById(id); };
  var form = $("live-form"), lineForm = $("live-line-form"), lineInput = $("live-line");
  var sendButton = $("live-send"), paste = $("live-paste"), pasteSend = $("live-paste-send");
  var endButton = $("live-end"), startButton = $("live-start");
  var statusLine = $("live-status"), errorLine = $("live-error"), log = $("live-log");
  var buyersBody = $("live-buyers"), evidenceList = $("live-evidence"), prompt = $("live-prompt");
  var turnLabel = $("live-turn"), savedLink = $("live-saved");
  var csrf = document.querySelector('meta[name="csrf-token"]');
  var maxLine = parseInt(root.getAttribute("data-max-line"), 10) || 4000;
  var NEWEST = 4;
  var socket = null, ended = false, evidence = [];

  function text(name) { return root.getAttribute("data-t-" + name) || ""; }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function cell(row, value, className) {
    var td = document.createElement("td");
    td.textContent = value;
    if (className) { td.className = className; }
    row.appendChild(td);
    return td;
  }
  function setEnabled(on) {
    [lineInput, sendButton, paste, pasteSend, endButton].forEach(function (el) { el.disabled = !on; });
  }
  function showError(message) {
    errorLine.textContent = message;
    errorLine.hidden = !message;
  }

  function connect(startMessage) {
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    var url = scheme + window.location.host + root.getAttribute("data-ws") +
      "?csrf_token=" + encodeURIComponent(csrf ? csrf.content : "");
    statusLine.textContent = text("connecting");
    socket = new WebSocket(url);
    socket.addEventListener("open", function () { socket.send(JSON.stringify(startMessage)); });
    socket.addEventListener("message", function (message) {
      var data;
      try { data = JSON.parse(message.data); } catch (e) { return; }
      if (data.type === "started") {
        statusLine.textContent = text("live");
        setEnabled(true);
        lineInput.focus();
      } else if (data.type === "event") {
        render(data);
      } else if (data.type === "error") {
        showError(String(data.message || ""));
        if (ended) { ended = false; endButton.disabled = false; }
      } else if (data.type === "saved") {
        statusLine.textContent = text("saved");
        savedLink.setAttribute("href", String(data.url));
        savedLink.hidden = false;
        setEnabled(false);
      }
    });
    socket.addEventListener("close", function () {
      setEnabled(false);
      if (savedLink.hidden) { statusLine.textContent = text("closed"); startButton.disabled = false; }
      socket = null;
    });
  }

  function render(event) {
    turnLabel.textContent = "#" + (event.turn + 1) + " · " + (event.speaker || "");
    clear(buyersBody);
    (event.buyers || []).forEach(function (buyer) {
      var row = document.createElement("tr");
      cell(row, buyer.name);
      cell(row, text("verdict-" + buyer.verdict) || String(buyer.verdict), "v-" + buyer.verdict);
      cell(row, Number(buyer.p_decider).toFixed(2), "p");
      buyersBody.appendChild(row);
    });
    (event.evidence || []).forEach(function (item) {
      if (item.signal !== "hesitation") { evidence.push(item); }
    });
    evidence = evidence.slice(-NEWEST);
    clear(evidenceList);
    evidence.slice().reverse().forEach(function (item) {
      var li = document.createElement("li");
      var mark = document.createElement("mark");
      mark.className = item.direction === "pop" ? "pop" : "decider";
      mark.textContent = "\u201c" + item.quote + "\u201d";
      var signal = document.createElement("span");
      signal.className = "signal muted";
      signal.textContent = " " + item.subject + " · " + item.signal;
      li.appendChild(mark);
      li.appendChild(signal);
      evidenceList.appendChild(li);
    });
    prompt.textContent = event.prompt || "";
    prompt.classList.toggle("alert", !!event.stop_selling);
  }

  function sendLine(line) {
    if (!socket || socket.readyState !== WebSocket.OPEN) { return false; }
    if (line.length > maxLine) { showError(text("too-long")); return false; }
    socket.send(JSON.stringify({ type: "line", text: line }));
    if (line.trim()) {
      var li = document.createElement("li");
      li.textContent = line;
      log.appendChild(li);
      log.scrollTop = log.scrollHeight;
    }
    return true;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (socket) { return; }
    showError("");
    var fields = new FormData(form);
    var start = { type: "start", sellers: String(fields.get("sellers") || "").split(",").map(function (name) {
      return name.trim();
    }).filter(Boolean), language: fields.get("language") || null };
    ["account_id", "new_account", "contact_name", "contact_title", "booked_by", "lead_source", "campaign",
      "held_on"].forEach(function (name) { start[name] = String(fields.get(name) || ""); });
    startButton.disabled = true;
    evidence = [];
    clear(log);
    savedLink.hidden = true;
    connect(start);
  });

  lineForm.addEventListener("submit", function (event) {
    event.preventDefault();
    showError("");
    if (sendLine(lineInput.value)) { lineInput.value = ""; }
  });

  pasteSend.addEventListener("click", function () {
    showError("");
    var lines = paste.value.replace(/\r/g, "").split("\n");
    for (var i = 0; i < lines.length; i += 1) {
      if (!sendLine(lines[i])) { return; }
    }
    sendLine("");  // a pasted VTT ends its last cue with a blank line
    paste.value = "";
  });

  endButton.addEventListener("click", function () {
    if (!socket || socket.readyState !== WebSocket.OPEN) { return; }
    ended = true;
    endButton.disabled = true;
    socket.send(JSON.stringify({ type: "end" }));
  });
})();
