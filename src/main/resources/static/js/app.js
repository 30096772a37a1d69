// Every htmx request from a page carries the CSRF token of the page (no inline script: strict CSP).
document.addEventListener('htmx:configRequest', function (evt) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    evt.detail.headers[header.content] = token.content;
  }
});
// Forms that ask before acting (deactivate, approve): data-confirm="question".
document.addEventListener('submit', function (evt) {
  var q = evt.target.getAttribute('data-confirm');
  if (q && !window.confirm(q)) {
    evt.preventDefault();
  }
});
// Progress bars whose width comes from data-progress (inline styles are forbidden by the CSP).
function applyProgress(root) {
  (root || document).querySelectorAll('[data-progress]').forEach(function (el) {
    el.style.width = el.getAttribute('data-progress') + '%';
  });
}
document.addEventListener('DOMContentLoaded', function () { applyProgress(document); });
document.addEventListener('htmx:afterSwap', function (evt) { applyProgress(evt.target); });
