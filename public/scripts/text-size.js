// Larger text for readers who want it. Loaded in <head> before the page paints, so the
// chosen size never flickers; kept as a tiny plain file so no inline script is needed.
(function () {
  var key = 'qm-text-size';
  var root = document.documentElement;
  try {
    if (localStorage.getItem(key) === 'large') root.classList.add('text-large');
  } catch (e) {}
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-text-size-toggle]');
    if (!button) return;
    button.hidden = false;
    var sync = function () {
      button.setAttribute('aria-pressed', String(root.classList.contains('text-large')));
    };
    sync();
    button.addEventListener('click', function () {
      var large = root.classList.toggle('text-large');
      try {
        localStorage.setItem(key, large ? 'large' : 'normal');
      } catch (e) {}
      sync();
    });
  });
})();
