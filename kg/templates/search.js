// The search box on every page: suggestions from /suggest as the user types (names, aliases, near misses);
// submitting goes to /entity?iri=NAME, which finds the entity by name or answers with "did you mean".
(function () {
  "use strict";
  var timer = null;
  function fill(list, items) {
    list.textContent = "";
    items.forEach(function (item) {
      var o = document.createElement("option");
      o.value = item.label;
      o.label = item.label + (item.type ? " (" + item.type + ")" : "");
      list.appendChild(o);
    });
  }
  document.addEventListener("input", function (e) {
    var input = e.target;
    if (!input || !input.hasAttribute || !input.hasAttribute("data-kg-search")) return;
    var list = document.getElementById(input.getAttribute("list"));
    if (!list) return;
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim();
      if (q.length < 2) { fill(list, []); return; }
      fetch("/suggest?q=" + encodeURIComponent(q)).then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) { fill(list, items); list.setAttribute("data-for", q); });
    }, 120);
  });
})();
