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
// Day fields (data-day): typed as dd/MM/yyyy whatever the browser's language; a button beside the
// field opens the browser's own calendar (a hidden native date input, no library to fetch) and
// writes the chosen day back as dd/MM/yyyy. Typing stays possible, and the server checks the text.
function toIsoDay(text) {
  var m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
  if (!m) {
    return '';
  }
  return m[3] + '-' + ('0' + m[2]).slice(-2) + '-' + ('0' + m[1]).slice(-2);
}
function fromIsoDay(iso) {
  var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  return m ? m[3] + '/' + m[2] + '/' + m[1] : '';
}
function attachDayPicker(input) {
  if (input.getAttribute('data-day-ready')) {
    return;
  }
  input.setAttribute('data-day-ready', 'true');
  var group = document.createElement('div');
  group.className = 'input-group has-validation day-input';
  input.parentNode.insertBefore(group, input);
  group.appendChild(input);
  var picker = document.createElement('input');
  picker.type = 'date';
  picker.className = 'day-picker-native';
  picker.tabIndex = -1;
  picker.setAttribute('aria-hidden', 'true');
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn btn-outline-secondary day-picker-button';
  button.textContent = '📅';
  button.setAttribute('aria-label', document.documentElement.lang === 'en' ? 'Choose a day' : 'Chọn ngày');
  button.title = button.getAttribute('aria-label');
  group.appendChild(button);
  group.appendChild(picker);
  // the field's message (after a hint, maybe) moves into the group, where Bootstrap shows it
  var feedback = group.parentNode.querySelector('#' + CSS.escape(input.id) + '-err')
      || (group.nextElementSibling && group.nextElementSibling.classList.contains('invalid-feedback')
        ? group.nextElementSibling : null);
  if (feedback && feedback.classList.contains('invalid-feedback')) {
    group.appendChild(feedback);
  }
  button.addEventListener('click', function () {
    picker.value = toIsoDay(input.value);
    if (typeof picker.showPicker === 'function') {
      try {
        picker.showPicker();
        return;
      } catch (e) { /* not allowed here: fall back to a click */ }
    }
    picker.click();
  });
  picker.addEventListener('change', function () {
    if (picker.value) {
      input.value = fromIsoDay(picker.value);
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });
}
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('input[data-day]').forEach(attachDayPicker);
});
