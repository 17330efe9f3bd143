// A process chart wider than the screen scrolls sideways in its own box. Start it at the process's first step:
// at the left edge a phone shows a side branch and the first step cut in half.
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('.process__scroll'), function (figure) {
    var start = figure.querySelector('.chart-node--start');
    if (!start || figure.scrollWidth <= figure.clientWidth) return;
    var node = start.getBoundingClientRect();
    var frame = figure.getBoundingClientRect();
    figure.scrollLeft += node.left + node.width / 2 - (frame.left + frame.width / 2);
  });
})();
