// The atlas works without this script: tiles are links with names in <title> and the tables
// carry every figure. This only writes the hovered or focused tile's details under the map.
(function () {
  "use strict";
  document.querySelectorAll("svg.atlas-map[data-details]").forEach(function (map) {
    var out = document.getElementById(map.getAttribute("data-details"));
    if (!out) return;
    function show(event) {
      var tile = event.target.closest ? event.target.closest("[data-name]") : null;
      if (tile) out.textContent = tile.getAttribute("data-name") + ": " + tile.getAttribute("data-value");
    }
    map.addEventListener("mouseover", show);
    map.addEventListener("focusin", show);
  });
})();
