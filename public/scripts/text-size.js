// Larger text for readers who want it. Loaded in <head> before the page paints, so the
// chosen size never flickers; kept as a tiny plain file so no inline script is needed.
// It also marks <html class="js"> at once, so what needs scripts (this switch, the search
// panel) is laid out from the first paint: appearing later would push the page about.
(function () {
  var key = 'qm-text-size';
  var root = document.documentElement;
  root.classList.add('js');
  try {
    if (localStorage.getItem(key) === 'large') root.classList.add('text-large');
  } catch (e) {}
  var sync = function (button) {
    button.setAttribute('aria-pressed', String(root.classList.contains('text-large')));
  };
  // Listens on the document, so the switch works as soon as it is drawn.
  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element && event.target.closest('[data-text-size-toggle]');
    if (!button) return;
    var large = root.classList.toggle('text-large');
    try {
      localStorage.setItem(key, large ? 'large' : 'normal');
    } catch (e) {}
    sync(button);
  });
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-text-size-toggle]');
    if (!button) return;
    sync(button);
  });
})();
