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

  // Remember the language a visitor picks, so that "/" sends them back to it.
  document.querySelectorAll(".language-switcher a[data-language]").forEach(function (link) {
    link.addEventListener("click", function () {
      document.cookie = "django_language=" + link.dataset.language +
        "; path=/; max-age=31536000; SameSite=Lax" +
        (location.protocol === "https:" ? "; Secure" : "");
    });
  });
})();
