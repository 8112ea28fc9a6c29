// The dashboard's charts (Chart.js, vendored): rates over time, and by lead source.
(function () {
  "use strict";
  var node = document.getElementById("dashboard-data");
  if (!node || typeof Chart === "undefined") { return; }
  var data = JSON.parse(node.textContent);
  var percent = { ticks: { callback: function (v) { return v + "%"; } }, min: 0, max: 100 };
  var green = "#1e7b34", red = "#b3261e";
  window.popcheckCharts = window.popcheckCharts || [];
  var time = document.getElementById("chart-time");
  if (time) {
    window.popcheckCharts.push(new Chart(time, {
      type: "line",
      data: { labels: data.months, datasets: [
        { label: data.labels.decider_rate, data: data.month_decider, borderColor: green, backgroundColor: green, tension: 0.2 },
        { label: data.labels.pop_rate, data: data.month_pop, borderColor: red, backgroundColor: red, tension: 0.2 }
      ] },
      options: { animation: false, responsive: true, scales: { y: percent } }
    }));
  }
  var source = document.getElementById("chart-source");
  if (source) {
    window.popcheckCharts.push(new Chart(source, {
      type: "bar",
      data: { labels: data.sources, datasets: [
        { label: data.labels.decider_rate, data: data.source_decider, backgroundColor: green },
        { label: data.labels.pop_rate, data: data.source_pop, backgroundColor: red }
      ] },
      options: { animation: false, responsive: true, scales: { y: percent } }
    }));
  }
  document.body.setAttribute("data-charts-ready", String(window.popcheckCharts.length));
})();
