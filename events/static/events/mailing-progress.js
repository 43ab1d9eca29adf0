// The mailing page follows the sending: counts and progress bar update every 2 seconds.
(function () {
  "use strict";
  var panel = document.querySelector(".mailing-panel");
  if (!panel || panel.dataset.status !== "sending") return;
  var bar = panel.querySelector("progress");
  function update() {
    fetch(panel.dataset.progressUrl, { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        ["pending", "sent", "failed"].forEach(function (name) {
          panel.querySelector('[data-count="' + name + '"]').textContent = data[name];
        });
        bar.max = Math.max(data.pending + data.sent + data.failed, 1);
        bar.value = data.sent + data.failed;
        if (data.status === "sending") setTimeout(update, 2000);
        else location.reload();
      });
  }
  setTimeout(update, 2000);
})();
