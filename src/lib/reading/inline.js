// The one script content pages carry, inlined in <head> and minified at
// build time (script.ts). Reading settings: applies the saved choice as
// data-reading-* on <html> before first paint, keeps the control's radio
// buttons in step, and saves each change. Copy buttons (contact block,
// composer) work here; CSS hides them until data-js is set, so without
// JavaScript the text is simply there to select. 朗读: data-js="tts" where speechSynthesis exists
// (CSS shows the control then); the first press of its button loads the
// read-aloud script named in data-ra. Plain ES5; keep it all under 1.5 KB.
(function () {
  var doc = document; // one name the minifier can shorten
  var root = doc.documentElement;
  var KEY = 'reading-settings';
  var saved = {};
  function apply() {
    try {
      saved = JSON.parse(localStorage.getItem(KEY)) || {};
    } catch (e) {} // storage blocked (private mode) or corrupt: defaults
    for (var name in saved) {
      if (/^reading-(size|spacing|contrast|cursor)$/.test(name)) root.setAttribute('data-' + name, saved[name]);
    }
    [].forEach.call(doc.querySelectorAll('.reading-settings input'), function (input) {
      // Checking one radio unchecks the rest of its group; an unknown value leaves the default.
      if (root.getAttribute('data-' + input.name) === input.value) input.checked = true;
    });
  }
  apply();
  root.setAttribute('data-js', window.speechSynthesis ? 'tts' : ''); // shows the controls that need this script
  doc.addEventListener('DOMContentLoaded', apply);
  addEventListener('pageshow', apply); // back/forward cache: another page may have changed them
  addEventListener('storage', apply); // changed in another tab
  doc.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.closest || !input.closest('.reading-settings')) return;
    root.setAttribute('data-' + input.name, input.value);
    saved[input.name] = input.value;
    try {
      localStorage.setItem(KEY, JSON.stringify(saved));
    } catch (e) {} // not remembered, but applied on this page
  });
  doc.addEventListener('click', function (event) {
    var target = event.target;
    if (!target.closest) return;
    var ra = target.closest('[data-ra]');
    // Set after insertion, the src still loads: an empty script is not yet "started".
    if (ra && !ra.l) (ra.l = doc.head.appendChild(doc.createElement('script'))).src = ra.getAttribute('data-ra');
    var b = target.closest('button[data-copy]');
    if (!b) return;
    var text = b.getAttribute('data-copy');
    var status = doc.getElementById(b.getAttribute('data-copy-status'));
    function done(ok) {
      if (!status) return;
      status.textContent = ''; // emptied first so a second copy is announced again
      setTimeout(function () {
        status.textContent = b.getAttribute(ok ? 'data-copy-done' : 'data-copy-fail');
      }, 100);
    }
    // navigator.clipboard needs https; on a plain-http intranet a selected textarea does the copy.
    function fallback() {
      var area = doc.createElement('textarea');
      var ok = false;
      area.value = text;
      area.style.cssText = 'position:fixed;opacity:0';
      doc.body.appendChild(area);
      area.select();
      try {
        ok = doc.execCommand('copy');
      } catch (e) {}
      area.remove();
      b.focus();
      done(ok);
    }
    if (navigator.clipboard)
      navigator.clipboard.writeText(text).then(function () {
        done(true);
      }, fallback);
    else fallback();
  });
})();
