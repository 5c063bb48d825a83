/*
 * The schedule editor, enhanced: shows only the options of the chosen
 * pattern, and keeps a live preview (the rule in words and its next dates)
 * up to date while the editor changes it, before saving.
 *
 * The preview comes from the admin's /admin/schedule-preview/ endpoint, which
 * uses the site's own sentence and expansion, in the admin's language. The
 * editor works without this script (the server builds the rule on save).
 * Events are delegated from the document, so rows added to an InlinePanel
 * later work too. Only the latest request of an editor is shown.
 */
(function () {
  "use strict";

  var SIBLINGS = ["start_time", "end_time", "valid_from", "valid_until"];
  var timers = new WeakMap();
  var requests = new WeakMap();

  function prefixOf(editor) {
    return editor.dataset.field.slice(0, -"recurrence".length);
  }

  function live(editor) {
    return editor.dataset.field.indexOf("__prefix__") === -1;
  }

  function chosenPattern(editor) {
    var checked = editor.querySelector("input[type=radio][name$='_freq']:checked");
    return checked ? checked.value : "";
  }

  function showParts(editor) {
    var pattern = chosenPattern(editor);
    editor.querySelectorAll("[data-schedule-part]").forEach(function (part) {
      var patterns = part.dataset.schedulePart.split(" ");
      part.hidden = patterns.indexOf(pattern) === -1;
    });
  }

  function field(name) {
    return document.querySelector('[name="' + name.replace(/"/g, "") + '"]');
  }

  function query(editor) {
    var params = new URLSearchParams();
    params.set("field", editor.dataset.field);
    editor.querySelectorAll("input, select").forEach(function (control) {
      if (!control.name) {
        return;
      }
      if ((control.type === "checkbox" || control.type === "radio") && !control.checked) {
        return;
      }
      params.append(control.name, control.value);
    });
    var prefix = prefixOf(editor);
    SIBLINGS.forEach(function (name) {
      var control = field(prefix + name);
      if (control) {
        params.set(prefix + name, control.value);
      }
    });
    var holidays = field(prefix + "open_on_public_holidays");
    if (holidays && holidays.checked) {
      params.set(prefix + "open_on_public_holidays", "on");
    }
    return params;
  }

  function paragraph(text, strong) {
    var p = document.createElement("p");
    if (strong) {
      var b = document.createElement("strong");
      b.textContent = text;
      p.appendChild(b);
    } else {
      p.textContent = text;
    }
    return p;
  }

  function render(region, answer) {
    var nodes = [];
    if (answer.errors && answer.errors.length) {
      answer.errors.forEach(function (message) {
        var p = paragraph(message);
        p.className = "error-message";
        nodes.push(p);
      });
    } else {
      nodes.push(paragraph(answer.sentence, true));
      if (answer.dates.length) {
        nodes.push(paragraph(answer.heading));
        var list = document.createElement("ol");
        answer.dates.forEach(function (day) {
          var item = document.createElement("li");
          item.textContent = day.text;
          item.dataset.date = day.date;
          if (day.skipped) {
            item.className = "skipped";
          }
          list.appendChild(item);
        });
        nodes.push(list);
      } else {
        nodes.push(paragraph(answer.empty));
      }
    }
    region.replaceChildren.apply(region, nodes);
    region.hidden = false;
  }

  function refresh(editor) {
    var region = editor.querySelector("[data-schedule-preview]");
    if (!region || !live(editor)) {
      return;
    }
    var previous = requests.get(editor);
    if (previous) {
      previous.abort();
    }
    var controller = new AbortController();
    requests.set(editor, controller);
    fetch(editor.dataset.previewUrl + "?" + query(editor).toString(), {
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-Requested-With": "XMLHttpRequest" },
      signal: controller.signal,
    })
      .then(function (response) {
        return response.ok || response.status === 400 ? response.json() : null;
      })
      .then(function (answer) {
        if (answer) {
          render(region, answer);
        }
      })
      .catch(function () {
        /* aborted by a newer change, or offline: the last preview stays */
      });
  }

  function later(editor) {
    clearTimeout(timers.get(editor));
    timers.set(
      editor,
      setTimeout(function () {
        refresh(editor);
      }, 250)
    );
  }

  function editorFor(target) {
    if (!(target instanceof Element)) {
      return null;
    }
    var editor = target.closest("[data-schedule-editor]");
    if (editor) {
      return editor;
    }
    // The window's hours and validity are previewed too.
    var name = target.getAttribute("name") || "";
    for (var i = 0; i < SIBLINGS.concat(["open_on_public_holidays"]).length; i++) {
      var sibling = SIBLINGS.concat(["open_on_public_holidays"])[i];
      if (name.slice(-sibling.length) === sibling) {
        var prefix = name.slice(0, -sibling.length);
        return document.querySelector('[data-schedule-editor][data-field="' + prefix + 'recurrence"]');
      }
    }
    return null;
  }

  function onChange(event) {
    var editor = editorFor(event.target);
    if (editor) {
      showParts(editor);
      later(editor);
    }
  }

  /* One more empty date input after the last (without this script: save for more). */
  function addDate(button) {
    var dates = button.parentElement.querySelector(".schedule-editor__dates");
    var fields = dates.querySelectorAll(".schedule-editor__field");
    var last = fields[fields.length - 1];
    var copy = last.cloneNode(true);
    var input = copy.querySelector("input");
    var label = copy.querySelector("label");
    var id = input.id.replace(/\d+$/, String(fields.length));
    input.id = id;
    input.value = "";
    label.htmlFor = id;
    label.textContent = label.textContent.replace(/\d+(?!.*\d)/, String(fields.length + 1));
    dates.appendChild(copy);
    input.focus();
  }

  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element && event.target.closest("[data-schedule-add-date]");
    if (button) {
      addDate(button);
    }
  });

  function start(root) {
    root.querySelectorAll("[data-schedule-editor]").forEach(function (editor) {
      if (!live(editor) || editor.dataset.scheduleStarted) {
        return;
      }
      editor.dataset.scheduleStarted = "1";
      // The saved schedule is already previewed by the panel below the row; this
      // preview starts with the first change (a page has a dozen editors).
      showParts(editor);
      editor.querySelectorAll("[data-schedule-add-date]").forEach(function (button) {
        button.hidden = false;
      });
    });
  }

  document.addEventListener("change", onChange);
  document.addEventListener("input", onChange);
  document.addEventListener("w-formset:added", function (event) {
    start(event.target instanceof Element ? event.target : document);
  });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () {
      start(document);
    });
  } else {
    start(document);
  }
})();
