// Translated fields in the Wagtail editor (see portal/admin_editing.py).
//
// 1. Each language's field (`data-contentpath` ending in _el, _ar, …) gets
//    `lang` and `dir` on its input container, so widgets drawn in the browser
//    (StreamField blocks, their rich text) are typed in the right direction;
//    plain inputs have them from the server already.
// 2. wagtail-modeltranslation's language picker buttons say whether they are
//    on (`aria-pressed`), not only by their colour.
(function () {
  "use strict";
  var script = document.currentScript;
  var directions = JSON.parse((script && script.dataset.directions) || "{}");
  var suffix = new RegExp("_(" + Object.keys(directions).join("|") + ")$");

  function markFields(root) {
    root.querySelectorAll("[data-contentpath]").forEach(function (field) {
      var match = suffix.exec(field.getAttribute("data-contentpath"));
      if (!match) return;
      var target = field.querySelector(".w-field__input") || field;
      target.setAttribute("lang", match[1]);
      target.setAttribute("dir", directions[match[1]]);
    });
  }

  function markPicker() {
    document.querySelectorAll("button.locale-toggle").forEach(function (button) {
      button.setAttribute(
        "aria-pressed",
        button.classList.contains("showing-locale") ? "true" : "false"
      );
    });
  }

  function start() {
    markFields(document);
    markPicker();
  }

  if (document.readyState === "loading") {
    // After wagtail-modeltranslation's own start-up (jQuery's ready runs first).
    document.addEventListener("DOMContentLoaded", function () {
      window.setTimeout(start, 0);
    });
  } else {
    window.setTimeout(start, 0);
  }
  document.addEventListener("w-formset:added", function (event) {
    markFields(event.target instanceof Element ? event.target : document);
  });
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("button.locale-toggle")) {
      markPicker();
    }
  });
})();
