/* The question form, with JavaScript (it works without): how many characters are left, and the
 * Send button pressed once only (a second post of the same form is refused as a replay). */
(function () {
  "use strict";
  var form = document.querySelector("[data-question-form]");
  if (!form) return;
  var field = form.querySelector("textarea");
  var hint = document.getElementById("question-hint");
  var button = form.querySelector("[data-question-send]");
  var template = hint ? hint.getAttribute("data-text-left") : "";
  var limit = field ? parseInt(field.getAttribute("maxlength"), 10) : 0;

  function update() {
    if (!hint || !template || !limit) return;
    hint.textContent = template.replace("%(count)s", String(limit - field.value.length));
  }

  if (field) field.addEventListener("input", update);
  // Text already there when this runs (typed while a slow phone was still loading the script, or
  // put back by the browser on Back) is counted at once, not only after the next key.
  if (field && field.value) update();
  form.addEventListener("submit", function () {
    if (button) {
      // After the browser has taken the form's values: disabling first would still send them.
      window.setTimeout(function () {
        button.disabled = true;
      }, 0);
    }
  });
})();
