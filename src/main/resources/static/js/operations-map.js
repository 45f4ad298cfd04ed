// Incident map: Leaflet without any tile layer (no internet needed, CSP default-src 'self').
// Draws Vietnam's bounding box as the outline, the incidents as circles, and the unit
// communes' names (with their number of incidents) at the mean position of those incidents.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('incident-map');
  if (!element || !window.L) {
    return;
  }
  var map = L.map(element, { zoomSnap: 0.25, attributionControl: false }).fitBounds([[8.18, 102.14], [23.39, 109.47]]);
  L.rectangle([[8.18, 102.14], [23.39, 109.47]], { color: '#198754', weight: 1, fill: false, dashArray: '4 4' }).addTo(map);
  function label(text) {
    var span = document.createElement('span');
    span.textContent = text;
    return span;
  }
  var colours = { LOW: '#6c757d', MEDIUM: '#0d6efd', HIGH: '#fd7e14', CRITICAL: '#dc3545' };
  fetch(element.dataset.source, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) { return response.json(); })
    .then(function (data) {
      var bounds = [];
      var units = {};
      data.points.forEach(function (p) {
        var lat = Number(p.lat);
        var lon = Number(p.lon);
        bounds.push([lat, lon]);
        var marker = L.circleMarker([lat, lon], {
          radius: 6, color: colours[p.severity] || '#0d6efd', weight: 1, fillOpacity: 0.7
        }).addTo(map);
        var link = document.createElement('a');
        link.href = element.dataset.detail + p.id;
        link.textContent = '#' + p.id + ' ' + p.subtype + ' (' + p.unit + ')';
        marker.bindPopup(link);
        var u = units[p.commune] || (units[p.commune] = { lat: 0, lon: 0, n: 0 });
        u.lat += lat; u.lon += lon; u.n += 1;
      });
      Object.keys(units).forEach(function (name) {
        var u = units[name];
        L.tooltip({ permanent: true, direction: 'top', className: 'small' })
          .setLatLng([u.lat / u.n, u.lon / u.n]).setContent(label(name + ' (' + u.n + ')')).addTo(map);
      });
      if (bounds.length > 0) {
        map.fitBounds(bounds, { padding: [30, 30], maxZoom: 13 });
      }
      var count = document.getElementById('map-count');
      if (count) {
        count.textContent = bounds.length > 0 ? bounds.length + ' ' + element.dataset.count : element.dataset.empty;
      }
      element.dataset.loaded = String(bounds.length);
    });
});
