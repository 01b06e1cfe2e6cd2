// Quick exit: leave for a neutral site at once, replacing this page so that Back does not
// return to it. The link works without this script; this adds Esc twice and Shift three times.
(function () {
  "use strict";
  var target = "https://www.bbc.co.uk/weather";
  var leaving = false;

  function leave(event) {
    if (event) event.preventDefault();
    if (leaving) return;
    leaving = true;
    // Hide the page first, so nothing stays on screen while the next one loads.
    document.documentElement.style.visibility = "hidden";
    document.title = "";
    window.location.replace(target);
  }

  document.addEventListener("click", function (event) {
    var link = event.target && event.target.closest ? event.target.closest("[data-quick-exit]") : null;
    if (link) leave(event);
  });

  var escapes = [];
  var shifts = [];
  var loneShift = false;

  function recent(times, now, windowMs) {
    times.push(now);
    while (times.length && now - times[0] > windowMs) times.shift();
    return times.length;
  }

  document.addEventListener("keydown", function (event) {
    if (event.repeat) return;
    var now = Date.now();
    if (event.key === "Escape") {
      if (recent(escapes, now, 1500) >= 2) leave(event);
      return;
    }
    // Shift only counts when pressed on its own: typing capitals must never exit.
    loneShift = event.key === "Shift";
    if (!loneShift) shifts.length = 0;
  });

  document.addEventListener("keyup", function (event) {
    if (event.key === "Shift" && loneShift) {
      loneShift = false;
      if (recent(shifts, Date.now(), 2000) >= 3) leave(event);
    }
  });
})();
