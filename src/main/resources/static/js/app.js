// Sends the CSRF token with every htmx request (the page carries it in meta tags).
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="_csrf_header"]');
  var token = document.querySelector('meta[name="_csrf"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});
// Tree nodes: toggle open/closed after their children were loaded once.
document.addEventListener('click', function (event) {
  var toggle = event.target.closest('[data-tree-toggle]');
  if (!toggle) {
    return;
  }
  var node = toggle.closest('li');
  var children = node.querySelector(':scope > ul');
  if (children && children.dataset.loaded === 'true') {
    children.hidden = !children.hidden;
    toggle.setAttribute('aria-expanded', String(!children.hidden));
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);
document.addEventListener('htmx:afterSwap', function (event) {
  var target = event.detail.target;
  if (target && target.matches('ul[data-children]')) {
    target.dataset.loaded = 'true';
    var toggle = target.closest('li').querySelector('[data-tree-toggle]');
    if (toggle) {
      toggle.setAttribute('aria-expanded', 'true');
      toggle.removeAttribute('hx-get');
    }
  }
});
// htmx 2 swaps 4xx/5xx answers too, so problems show in #alerts.
document.addEventListener('DOMContentLoaded', function () {
  if (window.htmx) {
    htmx.config.responseHandling = [
      { code: '204', swap: false },
      { code: '[23]..', swap: true },
      { code: '[45]..', swap: true, error: true }
    ];
  }
});
