// "My agenda": stars kept in this browser (localStorage, one list per edition), shown as
// pressed toggle buttons on the programme; the agenda page itself is rendered by the server
// from its link (?s=<guid>,<guid>), so it also works without this script.
(function () {
  "use strict";
  const script = document.currentScript;
  const root = document.querySelector("[data-agenda-year]");
  if (!root) return;
  const key = "wearetogether-agenda-" + root.getAttribute("data-agenda-year");
  const status = document.getElementById("agenda-status");

  function load() {
    try {
      const value = JSON.parse(window.localStorage.getItem(key) || "[]");
      return Array.isArray(value) ? value.filter((g) => typeof g === "string") : [];
    } catch (error) {
      return [];
    }
  }

  function store(guids) {
    try {
      window.localStorage.setItem(key, JSON.stringify(guids));
    } catch (error) {
      // Storage refused (private mode, quota): the page still works, stars are not kept.
    }
  }

  function announce(message) {
    if (status && message) {
      status.textContent = "";
      window.setTimeout(() => { status.textContent = message; }, 50);
    }
  }

  function agendaPath(link) {
    return link.getAttribute("href").split("?")[0];
  }

  function query(guids) {
    return guids.length ? "?s=" + guids.join(",") : "";
  }

  const buttons = Array.from(document.querySelectorAll("button.star[data-guid]"));

  function refresh() {
    const stars = load();
    buttons.forEach((button) => {
      const pressed = stars.includes(button.getAttribute("data-guid"));
      button.setAttribute("aria-pressed", pressed ? "true" : "false");
      const mark = button.querySelector(".star-mark");
      if (mark) mark.textContent = pressed ? "★" : "☆";
    });
    document.querySelectorAll("a.my-agenda-link").forEach((link) => {
      link.setAttribute("href", agendaPath(link) + query(stars));
      const count = link.querySelector(".agenda-count");
      if (count) count.textContent = stars.length ? " (" + stars.length + ")" : "";
    });
  }

  buttons.forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => {
      const guid = button.getAttribute("data-guid");
      const stars = load();
      const added = !stars.includes(guid);
      store(added ? stars.concat([guid]) : stars.filter((g) => g !== guid));
      refresh();
      announce(script.getAttribute(added ? "data-saved" : "data-removed"));
    });
  });

  // The agenda page: open the visitor's own agenda when the link names none; offer to keep
  // a shared agenda's sessions when they are not all starred here.
  const shown = root.getAttribute("data-agenda-shown");
  if (shown !== null) {
    const params = new URLSearchParams(window.location.search);
    const stars = load();
    if (!params.has("s") && stars.length) {
      window.location.replace(window.location.pathname + query(stars));
      return;
    }
    const save = document.querySelector("button.agenda-save");
    const guids = shown ? shown.split(",") : [];
    if (save && guids.some((g) => !stars.includes(g))) {
      save.hidden = false;
      save.addEventListener("click", () => {
        const current = load();
        store(current.concat(guids.filter((g) => !current.includes(g))));
        refresh();
        save.hidden = true;
        announce(script.getAttribute("data-imported"));
      });
    }
  }
  refresh();
})();
