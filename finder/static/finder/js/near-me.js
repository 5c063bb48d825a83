/*
 * "Sort by where I am now" on the finder's results (progressive enhancement).
 *
 * Without JavaScript, or without the browser's location, the page already
 * lists the places nearest the chosen community and shows them on a map the
 * server drew. With both, and only when the citizen presses the button and
 * allows it, this script reads the location, computes each place's distance
 * in the page and reorders the list; it also marks "you" on the same map.
 * Nothing is sent anywhere: no request is made with the location.
 */
(function () {
  "use strict";

  function distanceKm(lat1, lon1, lat2, lon2) {
    var rad = Math.PI / 180;
    var dLat = (lat2 - lat1) * rad;
    var dLon = (lon2 - lon1) * rad;
    var h = Math.pow(Math.sin(dLat / 2), 2) +
      Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  function formatKm(km, lang) {
    try {
      return km.toLocaleString(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1, numberingSystem: "latn" });
    } catch (error) {
      return km.toFixed(1);
    }
  }

  function markYou(lat, lon) {
    var map = document.querySelector("[data-finder-map]");
    var you = document.querySelector("[data-finder-you]");
    if (!map || !you) { return; }
    var d = map.dataset;
    var x = parseFloat(d.ox) + (lon - parseFloat(d.west)) * parseFloat(d.scale);
    var y = parseFloat(d.oy) + (parseFloat(d.north) - lat) * parseFloat(d.scale) / parseFloat(d.squash);
    var box = map.viewBox.baseVal;
    if (x < 0 || y < 0 || x > box.width || y > box.height) { return; }  // off the map: the list says it
    you.setAttribute("transform", "translate(" + x.toFixed(1) + " " + y.toFixed(1) + ")");
    you.setAttribute("visibility", "visible");
  }

  function start() {
    var box = document.querySelector("[data-finder-near-me]");
    var list = document.querySelector("[data-finder-places]");
    if (!box || !list || !("geolocation" in navigator)) { return; }
    var button = box.querySelector("[data-finder-locate]");
    var status = box.querySelector("[data-finder-status]");
    var lang = document.documentElement.lang || "el";
    box.hidden = false;

    button.addEventListener("click", function () {
      status.textContent = status.dataset.locating;
      navigator.geolocation.getCurrentPosition(function (position) {
        var lat = position.coords.latitude;
        var lon = position.coords.longitude;
        var items = Array.prototype.slice.call(list.children);
        items.forEach(function (item) {
          var km = item.dataset.lat ? distanceKm(lat, lon, parseFloat(item.dataset.lat), parseFloat(item.dataset.lon)) : Infinity;
          item.dataset.km = String(km);
          var shown = item.querySelector("[data-finder-distance]");
          if (shown && isFinite(km)) {
            shown.textContent = "(" + list.dataset.km.replace("{km}", formatKm(km, lang)) + ")";
          }
        });
        items.sort(function (a, b) { return parseFloat(a.dataset.km) - parseFloat(b.dataset.km); });
        items.forEach(function (item) { list.appendChild(item); });
        markYou(lat, lon);
        status.textContent = status.dataset.sorted;
      }, function () {
        status.textContent = status.dataset.failed;
      }, { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
