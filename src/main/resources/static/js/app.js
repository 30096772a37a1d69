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
// Upload forms with data-max-bytes: refuse an oversized file before sending it (the server refuses it too).
document.addEventListener('submit', function (evt) {
  var form = evt.target;
  var max = form.getAttribute && form.getAttribute('data-max-bytes');
  if (!max) {
    return;
  }
  var message = form.querySelector('[data-size-error]');
  var tooLarge = Array.prototype.some.call(form.querySelectorAll('input[type=file]'), function (input) {
    return Array.prototype.some.call(input.files || [], function (f) { return f.size > Number(max); });
  });
  if (message) {
    message.textContent = tooLarge ? form.getAttribute('data-size-message') : '';
    message.hidden = !tooLarge;
  }
  if (tooLarge) {
    evt.preventDefault();
  }
});
