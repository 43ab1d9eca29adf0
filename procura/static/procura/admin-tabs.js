// The admin's language tabs read EN, KR, JP, CN, as the site's switcher does, each marked
// ✓ written, ✗ missing (the English has text) or ⚠ stale (translated before the English
// last changed). modeltranslation draws the tabs when jQuery finds the page ready, and again
// for each inline row added: every tab still named by its code is relabelled as it appears.
(function () {
  "use strict";
  var labels = JSON.parse(document.getElementById("language-labels").textContent);
  var staleNode = document.getElementById("stale-translations");
  var stale = staleNode ? JSON.parse(staleNode.textContent) : [];
  function value(field) {
    return field ? field.value.trim() : "";
  }
  function relabel() {
    document.querySelectorAll(".ui-tabs-nav a[href^='#']").forEach(function (tab) {
      var code = tab.textContent.trim();
      if (!Object.prototype.hasOwnProperty.call(labels, code)) return;
      var panel = document.getElementById(tab.getAttribute("href").slice(1));
      var field = panel && panel.querySelector("input[name], textarea[name], select[name]");
      var mark = "";
      if (field && code !== "en") {
        var english = document.getElementsByName(field.name.replace(/_[a-z]+(_hans)?$/, "_en"))[0];
        if (value(field)) mark = stale.indexOf(field.name) >= 0 ? " ⚠" : " ✓";
        else if (value(english)) mark = " ✗";
      }
      tab.textContent = labels[code] + mark;
    });
  }
  new MutationObserver(relabel).observe(document.body, { childList: true, subtree: true });
  relabel();
})();
