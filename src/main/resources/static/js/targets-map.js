// Dashboard map of the implementation tracking: Leaflet without any tile layer (no
// internet, CSP default-src 'self'). Each province is a circle at its approximate centre,
// coloured by the status of the selected indicator against the province-level target;
// a permanent label gives the value and a click drills down into the province.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('province-map');
  if (!element || !window.L || !element.dataset.points) {
    return;
  }
  var points = JSON.parse(element.dataset.points);
  var map = L.map(element, { zoomSnap: 0.25, attributionControl: false }).fitBounds([[8.18, 102.14], [23.39, 109.47]]);
  L.rectangle([[8.18, 102.14], [23.39, 109.47]], { color: '#198754', weight: 1, fill: false, dashArray: '4 4' }).addTo(map);
  var colours = { ON_TRACK: '#198754', AT_RISK: '#ffc107', MISSED: '#dc3545', NONE: '#6c757d' };
  points.forEach(function (p) {
    var marker = L.circleMarker([p.lat, p.lon], {
      radius: 9, color: '#212529', weight: 1, fillColor: colours[p.status] || colours.NONE, fillOpacity: 0.85
    }).addTo(map);
    marker.options.status = p.status;
    var span = document.createElement('span');
    span.textContent = p.name + ': ' + p.value;
    marker.bindTooltip(span, { permanent: true, direction: 'right', offset: [8, 0], className: 'small' });
    marker.on('click', function () { window.location.href = p.href; });
    marker.getElement && marker.getElement() && marker.getElement().setAttribute('data-status', p.status);
  });
  element.setAttribute('data-drawn', String(points.length));
});
