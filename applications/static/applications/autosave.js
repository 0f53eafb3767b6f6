// The application form keeps its draft as the applicant types: 1.5 s after the last change
// the form is posted (with its CSRF token) to data-autosave-url, and the answer ("Saved at
// 10:42" / "Not saved: ...") is shown in the form's aria-live status. Nothing typed is
// cleared, whatever the answer. Without this script "Save draft" does the same.
(function () {
  "use strict";
  const form = document.querySelector("form[data-autosave-url]");
  if (!form || !window.fetch || !window.FormData) return;
  const status = document.getElementById("autosave-status");
  const DELAY = 1500;
  let timer = null;
  let sending = false;
  let again = false;
  let stopped = false;
  let last = snapshot();

  function snapshot() {
    return new URLSearchParams(new FormData(form)).toString();
  }

  function show(message, failed) {
    if (!status) return;
    status.textContent = message;
    status.classList.toggle("autosave-status--error", Boolean(failed));
  }

  function save() {
    timer = null;
    if (stopped) return;
    if (sending) {
      again = true;
      return;
    }
    const body = snapshot();
    if (body === last) return;
    sending = true;
    show(form.getAttribute("data-autosave-saving"), false);
    fetch(form.getAttribute("data-autosave-url"), {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-Requested-With": "XMLHttpRequest" },
    })
      .then((response) => {
        const json = (response.headers.get("Content-Type") || "").indexOf("json") !== -1;
        if (!json) throw new Error("not json");
        // 409: submitted meanwhile (another tab); the page must be reloaded to edit again.
        if (response.status === 409) stopped = true;
        return response.json().then((data) => {
          if (data.saved) last = body;
          show(data.message, !data.saved);
        });
      })
      .catch(() => show(form.getAttribute("data-autosave-offline"), true))
      .then(() => {
        sending = false;
        if (again) {
          again = false;
          save();
        }
      });
  }

  function changed() {
    if (stopped) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(save, DELAY);
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  // The buttons post the whole form themselves: no draft may follow a submit.
  form.addEventListener("submit", () => {
    stopped = true;
    window.clearTimeout(timer);
  });
})();
