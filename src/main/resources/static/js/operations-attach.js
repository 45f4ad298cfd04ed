// Uploads the chosen file as the raw request body (no multipart), with the CSRF token from
// the page; reloads on success, shows the problem in #alerts otherwise.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('attach-form');
  if (!form) {
    return;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var input = document.getElementById('attach-file');
    var file = input.files[0];
    if (!file) {
      return;
    }
    var headers = { 'Content-Type': file.type || 'application/octet-stream', 'HX-Request': 'true' };
    var header = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    if (header && token) {
      headers[header.content] = token.content;
    }
    fetch(form.action + '?fileName=' + encodeURIComponent(file.name),
      { method: 'POST', headers: headers, body: file, credentials: 'same-origin' })
      .then(function (response) {
        if (response.ok) {
          window.location.reload();
          return null;
        }
        return response.text().then(function (html) {
          document.getElementById('alerts').innerHTML = html;
        });
      });
  });
});
