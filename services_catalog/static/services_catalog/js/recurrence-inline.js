/*
 * Start django-recurrence's widget on InlinePanel rows added in Wagtail's
 * editor. Rows present when the page loads are started by the package's own
 * init script; rows added with "Add" arrive through Wagtail's formset
 * controller, which dispatches `w-formset:added` on the new row.
 */
(function () {
  "use strict";

  function start(root) {
    if (typeof initRecurrenceWidget !== "function" || !window.django || !django.jQuery) {
      return;
    }
    root.querySelectorAll("textarea.recurrence-widget").forEach(function (textarea) {
      if (textarea.id.indexOf("__prefix__") !== -1 || textarea.dataset.recurrenceStarted) {
        return;
      }
      // The package marks the textarea "hidden" once its widget is attached.
      if (textarea.classList.contains("hidden")) {
        textarea.dataset.recurrenceStarted = "1";
        return;
      }
      textarea.dataset.recurrenceStarted = "1";
      initRecurrenceWidget(django.jQuery(textarea));
    });
  }

  document.addEventListener("w-formset:added", function (event) {
    start(event.target instanceof Element ? event.target : document);
  });
})();
