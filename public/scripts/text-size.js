// Larger text for readers who want it. Loaded in <head> before the page paints, so the
// chosen size never flickers; kept as a tiny plain file so no inline script is needed.
// It also marks <html> at once, so the header shows the switch from the first paint: the
// switch appearing later would push the page down (a layout shift).
(function () {
  var key = 'qm-text-size';
  var root = document.documentElement;
  root.classList.add('js-text-size');
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
    button.hidden = false;
    sync(button);
  });
})();
