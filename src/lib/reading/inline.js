// Reading settings, inlined in <head>: applies the saved choice as
// data-reading-* on <html> before first paint, keeps the control's radio
// buttons in step, and saves each change. Plain ES5; keep it under 1.5 KB.
(function () {
  var root = document.documentElement;
  var KEY = 'reading-settings';
  var saved = {};
  function apply() {
    try {
      saved = JSON.parse(localStorage.getItem(KEY)) || {};
    } catch (e) {} // storage blocked (private mode) or corrupt: defaults
    for (var name in saved) {
      if (/^reading-(size|spacing|contrast)$/.test(name)) root.setAttribute('data-' + name, String(saved[name]));
    }
    [].forEach.call(document.querySelectorAll('.reading-settings input'), function (input) {
      // Checking one radio unchecks the rest of its group; an unknown value leaves the default.
      if (root.getAttribute('data-' + input.name) === input.value) input.checked = true;
    });
  }
  apply();
  root.setAttribute('data-js', ''); // shows the control, which needs this script
  document.addEventListener('DOMContentLoaded', apply);
  addEventListener('pageshow', apply); // back/forward cache: another page may have changed them
  addEventListener('storage', apply); // changed in another tab
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.closest || !input.closest('.reading-settings')) return;
    root.setAttribute('data-' + input.name, input.value);
    saved[input.name] = input.value;
    try {
      localStorage.setItem(KEY, JSON.stringify(saved));
    } catch (e) {} // not remembered, but applied on this page
  });
})();
