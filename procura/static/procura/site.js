// Progressive enhancements; every page works without them.
(function () {
  "use strict";

  document.documentElement.classList.add("js");

  // The small-screen menu.
  var toggle = document.querySelector(".menu-toggle");
  var menu = document.getElementById("site-menu");
  if (toggle && menu) {
    toggle.addEventListener("click", function () {
      var open = menu.classList.toggle("open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }

  // A tab per language in forms with translated fields. Without JavaScript
  // the languages simply follow each other.
  var tabCount = 0;
  function languageTabs(container) {
    var panels = container.querySelectorAll(":scope > .language-tab");
    var list = document.createElement("div");
    list.className = "tab-list";
    list.setAttribute("role", "tablist");
    var buttons = [];
    function select(index, focus) {
      buttons.forEach(function (button, i) {
        button.setAttribute("aria-selected", i === index ? "true" : "false");
        button.tabIndex = i === index ? 0 : -1;
        panels[i].hidden = i !== index;
      });
      if (focus) buttons[index].focus();
    }
    panels.forEach(function (panel, index) {
      tabCount += 1;
      var button = document.createElement("button");
      button.type = "button";
      button.id = "tab-" + tabCount;
      button.setAttribute("role", "tab");
      button.setAttribute("aria-controls", panel.id || (panel.id = "panel-" + tabCount));
      button.textContent = panel.dataset.tabLabel;
      if (panel.dataset.tabStatus) {
        // Written ✓, not translated yet ✗, or to check ⚠, with the words for screen readers.
        var mark = document.createElement("span");
        mark.className = "tab-status tab-status-" + panel.dataset.tabStatus;
        mark.textContent = { written: "✓", missing: "✗", stale: "⚠" }[panel.dataset.tabStatus];
        mark.title = panel.dataset.tabNote;
        mark.setAttribute("aria-hidden", "true");
        var note = document.createElement("span");
        note.className = "visually-hidden";
        note.lang = document.documentElement.lang;
        note.textContent = " (" + panel.dataset.tabNote + ")";
        button.append(" ", mark, note);
      }
      button.lang = panel.lang;
      if (panel.querySelector(".errorlist")) button.classList.add("has-error");
      button.addEventListener("click", function () { select(index, false); });
      button.addEventListener("keydown", function (event) {
        var step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
        if (step) select((index + step + panels.length) % panels.length, true);
      });
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", button.id);
      buttons.push(button);
      list.appendChild(button);
    });
    container.insertBefore(list, container.firstChild);
    // The first tab with an error, or else the tab of the page's language.
    var firstError = buttons.findIndex(function (b) { return b.classList.contains("has-error"); });
    var reader = buttons.findIndex(function (b) { return b.lang === document.documentElement.lang; });
    select(firstError >= 0 ? firstError : Math.max(reader, 0), false);
  }
  document.querySelectorAll(".language-tabs").forEach(languageTabs);

  // "Add a commitment": a copy of the empty form, numbered for Django's formset.
  document.querySelectorAll("[data-add-form]").forEach(function (button) {
    var template = document.getElementById(button.dataset.addForm);
    var total = document.getElementById(template.dataset.totalForms);
    button.hidden = false;
    button.addEventListener("click", function () {
      var html = template.innerHTML.replace(/__prefix__/g, total.value);
      total.value = parseInt(total.value, 10) + 1;
      button.insertAdjacentHTML("beforebegin", html);
      var added = button.previousElementSibling;
      added.querySelectorAll(".language-tabs").forEach(languageTabs);
      added.querySelector("input, textarea, select").focus();
    });
  });

  // The photo gallery: a thumbnail opens its photo in a modal dialog, where the
  // arrow keys and buttons step through the photos and Escape closes it.
  document.querySelectorAll(".lightbox").forEach(function (dialog) {
    var links = Array.prototype.slice.call(
      dialog.parentElement.querySelectorAll(".gallery-link"));
    var image = dialog.querySelector("img");
    var caption = dialog.querySelector("figcaption");
    var position = dialog.querySelector(".lightbox-position");
    var current = 0;
    function show(index) {
      current = (index + links.length) % links.length;
      var link = links[current];
      var text = link.parentElement.querySelector("figcaption");
      image.src = link.href;
      image.alt = link.querySelector("img").alt;
      caption.textContent = text ? text.textContent : "";
      // A caption shown in a fallback language says so; others take the page's.
      if (text && text.lang) caption.lang = text.lang; else caption.removeAttribute("lang");
      position.textContent = (current + 1) + " / " + links.length;
    }
    links.forEach(function (link, index) {
      link.addEventListener("click", function (event) {
        // Ctrl-, Shift- or middle-click still opens the photo in a new tab or window.
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        show(index);
        dialog.showModal();
      });
    });
    dialog.querySelectorAll("[data-step]").forEach(function (button) {
      button.addEventListener("click", function () {
        show(current + parseInt(button.dataset.step, 10));
      });
    });
    dialog.addEventListener("keydown", function (event) {
      var step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) show(current + step);
    });
    dialog.querySelector(".lightbox-close").addEventListener("click", function () {
      dialog.close();
    });
    // Back to the thumbnail of the photo last seen.
    dialog.addEventListener("close", function () { links[current].focus(); });
  });

  // Remember the language a visitor picks, so that "/" sends them back to it.
  document.querySelectorAll(".language-switcher a[data-language]").forEach(function (link) {
    link.addEventListener("click", function () {
      document.cookie = "django_language=" + link.dataset.language +
        "; path=/; max-age=31536000; SameSite=Lax" +
        (location.protocol === "https:" ? "; Secure" : "");
    });
  });
})();
