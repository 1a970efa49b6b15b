// The session warning. The header states when the session ends without activity
// (#session-note, with the seconds left when the page was answered). From WARN_BEFORE seconds
// before that end, the warning (#session-warning, worded in the page's language by the server)
// is shown with a button that keeps the session alive through POST /session/extend, without
// leaving the page, so nothing typed is lost. When the end passes, the warning says so: a form
// sent then is not saved, and its text is shown back to copy. Without JavaScript none of this
// runs and the header's statement stands alone.
(function () {
  "use strict";
  var WARN_BEFORE = 5 * 60;
  var note = document.getElementById("session-note");
  var warning = document.getElementById("session-warning");
  var form = document.getElementById("session-extend");
  if (!note || !warning || !form) return;
  var soon = document.getElementById("session-warning-soon");
  var ended = document.getElementById("session-warning-ended");
  var secondsLeft = Number(note.getAttribute("data-seconds-left"));
  if (!isFinite(secondsLeft)) return;
  var endsAt = Date.now() + secondsLeft * 1000;
  var timer = null;

  function show(hasEnded) {
    soon.hidden = hasEnded;
    ended.hidden = !hasEnded;
    form.hidden = hasEnded;
    warning.hidden = false;
  }

  function check() {
    var left = (endsAt - Date.now()) / 1000;
    if (left <= 0) {
      show(true);
      window.clearInterval(timer);
    } else if (left <= WARN_BEFORE) {
      if (warning.hidden) show(false);
    } else {
      warning.hidden = true;
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var button = form.querySelector("button");
    button.disabled = true;
    fetch(form.action, {
      method: "POST",
      credentials: "same-origin",
      headers: { Accept: "application/json" },
      body: new URLSearchParams(new FormData(form)),
    })
      .then(function (response) {
        // 401: the session has ended; 403: this page's form token is from a session that
        // was signed out (in another tab).
        if (response.status === 401 || response.status === 403) return { signedOut: true };
        if (!response.ok) throw new Error("status " + response.status);
        return response.json();
      })
      .then(function (answer) {
        if (answer.signedOut) {
          endsAt = Date.now();
        } else {
          endsAt = Date.now() + answer.seconds_left * 1000;
          note.textContent = answer.note;
        }
        check();
      })
      .catch(function () {
        // The server could not be reached: the warning stays, the button can be pressed again.
      })
      .then(function () {
        button.disabled = false;
      });
  });

  timer = window.setInterval(check, 5000);
  check();
})();
