// Header search autocomplete: suggestions from /<lang>/search/suggest/ as a list of links.
// Without JavaScript the form still submits to the search page.
(function () {
  "use strict";
  var input = document.getElementById("site-search");
  var box = document.getElementById("search-suggestions");
  var status = document.getElementById("search-suggestions-status");
  if (!input || !box || !input.dataset.suggestUrl) return;
  var list = box.querySelector("ul");
  var timer = null;
  var latest = 0;

  function hide() {
    box.hidden = true;
    list.textContent = "";
  }

  function show(results) {
    list.textContent = "";
    results.forEach(function (item) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = item.url;
      a.textContent = item.title;
      li.appendChild(a);
      list.appendChild(li);
    });
    box.hidden = results.length === 0;
    status.textContent = results.length ? results.length + " \u2193" : "";
  }

  function fetchSuggestions() {
    var prefix = input.value.trim();
    if (prefix.length < 2) return hide();
    var ticket = ++latest;
    fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(prefix), {
      headers: { Accept: "application/json" },
    })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) { if (ticket === latest) show(data.results || []); })
      .catch(hide);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && !box.hidden) {
      event.preventDefault();
      list.querySelector("a").focus();
    } else if (event.key === "Escape") {
      hide();
    }
  });
  box.addEventListener("keydown", function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var index = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && index < links.length - 1) {
      event.preventDefault();
      links[index + 1].focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      (index > 0 ? links[index - 1] : input).focus();
    } else if (event.key === "Escape") {
      hide();
      input.focus();
    }
  });
  document.addEventListener("click", function (event) {
    if (!box.contains(event.target) && event.target !== input) hide();
  });
})();
